using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsPortal.Core.Extraction;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Statistics;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Statistics;

/// <summary>
/// <see cref="SegmentTopics"/> over the fixture articles in several segments, some deleted: each entity's live articles,
/// their months and the entities named beside them, counted from the articles themselves; and an entity's summary
/// summed from them equals the one a search for the entity collects.
/// </summary>
public sealed class SegmentTopicsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SegmentTopicsTests()
    {
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, new ChineseAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var chunk in FixtureCorpus.Articles.Chunk(8))
            {
                writer.AddDocuments(chunk.Select(ArticleDocumentMapper.ToLucene));
                writer.Commit();
            }
            writer.DeleteDocuments(Deleted.Select(ArticleDocumentMapper.IdKey).ToArray());
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    private static IEnumerable<long> Deleted => FixtureCorpus.Articles.Where((_, i) => i % 5 == 2).Select(a => a.Id);

    /// <summary>The entities of an article as the index keeps them, per field of <see cref="ArticleFields.Entities"/>.</summary>
    private static IReadOnlyList<string>[] EntitiesOf(ArticleDocument a) =>
        [a.Districts, a.Clusters, [.. a.Industries.Where(IndustryVocabulary.Default.IsCanonical)], a.Organizations, a.People];

    [Fact]
    public void Each_entity_counts_the_live_articles_of_its_segment_their_months_and_the_entities_beside_it()
    {
        Assert.True(_reader.Leaves.Count > 1);
        int checkedEntities = 0;
        foreach (var leaf in _reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var topics = SegmentTopics.For(segment);
            var live = Enumerable.Range(0, segment.MaxDoc).Where(d => segment.LiveDocs is null || segment.LiveDocs.Get(d))
                .Select(d => FixtureCorpus.Article(long.Parse(segment.Document(d).Get(ArticleFields.Id), System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            Assert.DoesNotContain(live, a => Deleted.Contains(a.Id));
            for (int field = 0; field < ArticleFields.Entities.Count; field++)
            {
                foreach (string name in live.SelectMany(a => EntitiesOf(a)[field]).Distinct())
                {
                    var naming = live.Where(a => EntitiesOf(a)[field].Contains(name)).ToList();
                    int slot = topics.SlotOf(field, name);

                    Assert.Equal(naming.Count, topics.Total(slot));
                    var (months, monthCounts) = topics.Months(slot);
                    Assert.Equal(
                        naming.Where(a => a.Date is not null).GroupBy(a => a.Date!.Value.Year * 100 + a.Date.Value.Month).ToDictionary(g => g.Key, g => g.Count()),
                        Enumerable.Range(0, months.Length).ToDictionary(i => 190001 + months.Span[i] / 12 * 100 + months.Span[i] % 12, i => monthCounts.Span[i]));
                    var (alongside, alongsideCounts) = topics.Alongside(slot);
                    Assert.Equal(
                        naming.SelectMany(a => ArticleFields.Entities.Select((f, i) => (f, i)).SelectMany(x => EntitiesOf(a)[x.i].Distinct().Select(v => (x.f, v))))
                            .GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count()),
                        Enumerable.Range(0, alongside.Length).ToDictionary(i => (FieldOf(topics, alongside.Span[i]), topics.Table.Values[alongside.Span[i]]), i => alongsideCounts.Span[i]));
                    checkedEntities++;
                }
            }
            Assert.Equal(-1, topics.SlotOf(0, "没有这个区县"));
        }
        Assert.True(checkedEntities > 20);
    }

    [Fact]
    public void An_entity_summary_from_the_segments_equals_the_one_a_search_for_it_collects()
    {
        using var index = LuceneArticleIndex.InMemory();
        foreach (var chunk in FixtureCorpus.Articles.Chunk(8))
        {
            index.Upsert(chunk);
            index.Refresh();
        }
        index.Delete(Deleted);
        index.Refresh();

        var names = FixtureCorpus.Articles.SelectMany(a => ArticleFields.Entities.Select((f, i) => (Field: f, Values: EntitiesOf(a)[i])))
            .SelectMany(e => e.Values.Select(v => (e.Field, Name: v))).Distinct().ToList();
        Assert.Contains(names, n => n.Field == ArticleFields.Organization);
        foreach (var (field, name) in names)
        {
            // The filter parameter takes the kept counts; the same filter typed into the query is collected match by match.
            var kept = index.Summarize(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>> { [field] = [name] }), entitiesPerKind: 16);
            var collected = index.Summarize(new SearchRequest($"{field}:\"{name}\""), entitiesPerKind: 16);

            Assert.Equal(collected.Total, kept.Total);
            Assert.Equal(collected.Months, kept.Months);
            Assert.Equal(collected.Entities.Keys.Order(), kept.Entities.Keys.Order());
            foreach (var (key, values) in collected.Entities)
            {
                Assert.Equal(values, kept.Entities[key]);
            }
            Assert.Equal(collected.Message, kept.Message);
        }
    }

    private static string FieldOf(SegmentTopics topics, int slot) =>
        ArticleFields.Entities[Enumerable.Range(0, ArticleFields.Entities.Count).Single(f => slot >= topics.Table.FieldStarts[f] && slot < topics.Table.FieldStarts[f + 1])];

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
