using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Querying;
using NewsPortal.Search.Ranking;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Ranking;

/// <summary>
/// The one-pass collector against what Lucene and a naive count say: the same total, the same page in the same
/// order (ties included), the same facet counts. The fixture corpus is indexed twice over (copies tie exactly)
/// in several segments, so hits cross segments and the heap keeps fewer hits than match.
/// </summary>
public sealed class HitCollectorTests : IDisposable
{
    private static readonly Sort ScoreThenNewest = new(SortField.FIELD_SCORE, new SortField(ArticleFields.DateSort, SortFieldType.INT32, true));
    private static readonly Sort NewestThenScore = new(new SortField(ArticleFields.DateSort, SortFieldType.INT32, true), SortField.FIELD_SCORE);

    private readonly ChineseAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public HitCollectorTests()
    {
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, _analyzer) { Similarity = new BM25Similarity(), MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var copy in new[] { 0, 1000 })
            {
                foreach (var chunk in FixtureCorpus.Articles.Chunk(7))
                {
                    writer.AddDocuments(chunk.Select(a => ArticleDocumentMapper.ToLucene(a with { Id = a.Id + copy })));
                    writer.Commit();
                }
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public static TheoryData<string, int> Queries() => new()
    {
        { "传感器", 3 },
        { "新能源", 5 },
        { "新能源 -涪陵区", 4 },
        { "传感器 OR 跨省通办", 6 },
        { "重庆", 10 },
        { "茶", 2 },
        { "\"产业 创新\"", 1 },
        { "district:涪陵区", 3 },
        { "", 7 },
        { "", 500 },
        { "date:2024", 9 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Total_page_and_facets_are_those_of_lucene_and_a_naive_count(string text, int depth)
    {
        var query = new ArticleQueryBuilder(_analyzer).Build(UserQueryParser.Parse(text), new SearchRequest(text), _reader);
        var facets = FacetCounter.OfFacets();
        var collector = new HitCollector(query.IsScored ? HitOrder.ScoreThenNewest : HitOrder.NewestThenScore, depth, facets);

        _searcher.Search(query.Query, collector);

        var everything = _searcher.Search(query.Query, null, _reader.MaxDoc, query.IsScored ? ScoreThenNewest : NewestThenScore, doDocScores: true, doMaxScore: false);
        Assert.True(everything.TotalHits > 0);
        Assert.Equal(everything.TotalHits, collector.TotalHits);

        var expected = everything.ScoreDocs.Take(depth).Select(hit => (hit.Doc, hit.Score)).ToList();
        Assert.Equal(expected, collector.Page(0, depth).Select(hit => (hit.Doc, hit.Score)));
        Assert.Equal(expected.Skip(1).Take(2), collector.Page(1, 2).Select(hit => (hit.Doc, hit.Score)));

        var counted = facets.Result(int.MaxValue);
        foreach (string field in ArticleFields.Facets)
        {
            var naive = NaiveCounts(everything.ScoreDocs.Select(hit => hit.Doc), field);
            Assert.Equal(naive.OrderBy(c => c.Key, StringComparer.Ordinal), counted[field].Select(v => KeyValuePair.Create(v.Value, v.Count)).OrderBy(c => c.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Copies_with_equal_score_and_date_come_in_document_order()
    {
        var query = new ArticleQueryBuilder(_analyzer).Build(UserQueryParser.Parse("传感器"), new SearchRequest("传感器"), _reader);
        var collector = new HitCollector(HitOrder.ScoreThenNewest, 100, FacetCounter.OfFacets());

        _searcher.Search(query.Query, collector);

        // Each article, then its copy: indexed after every original, so its document number is higher by the corpus size.
        var page = collector.Page(0, 100);
        Assert.Equal(2 * 5, page.Length);
        for (int i = 0; i < page.Length; i += 2)
        {
            Assert.Equal(page[i].Score, page[i + 1].Score);
            Assert.Equal(page[i].Doc + FixtureCorpus.Articles.Count, page[i + 1].Doc);
        }
    }

    /// <summary>Counts a facet's values over the documents by reading each one's sorted-set doc values.</summary>
    private Dictionary<string, int> NaiveCounts(IEnumerable<int> docs, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int doc in docs)
        {
            var leaf = _reader.Leaves[ReaderUtil.SubIndex(doc, _reader.Leaves)];
            var values = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (values is null)
            {
                continue;
            }
            values.SetDocument(doc - leaf.DocBase);
            long ord;
            var term = new BytesRef();
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.LookupOrd(ord, term);
                string value = term.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        return counts;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
