using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Facets;

/// <summary>
/// A facet's list, however the index is cut: read straight from one segment's counts by slot, or merged by value over
/// several segments, it is the naive count of every document's values, most frequent first, ties by value (months all of
/// them, newest first), cut at the number asked for, ties at the cut included.
/// </summary>
public sealed class FacetCounterTests : IDisposable
{
    private readonly ChineseAnalyzer _analyzer = new();
    private readonly RAMDirectory _oneSegment = new();
    private readonly RAMDirectory _segments = new();
    private readonly DirectoryReader _one;
    private readonly DirectoryReader _several;

    public FacetCounterTests()
    {
        Write(_oneSegment, FixtureCorpus.Articles.Count);
        Write(_segments, 7);
        _one = DirectoryReader.Open(_oneSegment);
        _several = DirectoryReader.Open(_segments);
    }

    private void Write(RAMDirectory directory, int perSegment)
    {
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, _analyzer) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using var writer = new IndexWriter(directory, config);
        foreach (var chunk in FixtureCorpus.Articles.Chunk(perSegment))
        {
            writer.AddDocuments(chunk.Select(ArticleDocumentMapper.ToLucene));
            writer.Commit();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(50)]
    public void Every_facet_lists_the_naive_counts_in_order_however_many_segments(int maxPerFacet)
    {
        Assert.Single(_one.Leaves);
        Assert.True(_several.Leaves.Count > 2);
        var naive = ArticleFields.Facets.ToDictionary(field => field, field => Naive(_one, field, maxPerFacet));
        if (maxPerFacet is > 0 and < 50)
        {
            // Some list is cut: the values kept are picked from more.
            Assert.Contains(ArticleFields.Facets, field => field != ArticleFields.Month && Naive(_one, field, int.MaxValue).Count > maxPerFacet);
        }

        foreach (var reader in new[] { _one, _several })
        {
            var counted = Count(reader).Result(maxPerFacet);
            foreach (string field in ArticleFields.Facets)
            {
                Assert.Equal(naive[field], counted[field].Select(v => (v.Value, v.Count)));
            }
        }
    }

    [Fact]
    public void The_result_read_twice_is_the_same_and_ends_the_counting()
    {
        var counter = Count(_several);
        var first = counter.Result(3);
        first.Remove(ArticleFields.Facets[0]);

        var second = counter.Result(3);

        Assert.Equal(ArticleFields.Facets.Count, second.Count);
        Assert.Throws<InvalidOperationException>(() => counter.SetNextReader(_several.Leaves[0]));
    }

    private static FacetCounter Count(DirectoryReader reader)
    {
        var counter = FacetCounter.OfFacets();
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), counter);
        return counter;
    }

    /// <summary>Every document's values of a field counted one by one, then ordered and cut as the facet lists are.</summary>
    private static List<(string Value, int Count)> Naive(DirectoryReader reader, string field, int maxPerFacet)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(field);
            for (int doc = 0; values is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    values.LookupOrd(ord, term);
                    string value = term.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }
        }
        if (field == ArticleFields.Month)
        {
            return [.. counts.OrderByDescending(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))];
        }
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(maxPerFacet).Select(c => (c.Key, c.Value))];
    }

    public void Dispose()
    {
        _one.Dispose();
        _several.Dispose();
        _oneSegment.Dispose();
        _segments.Dispose();
        _analyzer.Dispose();
    }
}
