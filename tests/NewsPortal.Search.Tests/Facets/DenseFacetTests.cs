using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Tests.Facets;

/// <summary>
/// A segment large enough for both ways of counting a facet: values held by at least one document in
/// <see cref="SegmentFacets.DenseShare"/> have bit sets, counted by population count when the matches are many, the
/// others match by match. Every count must be what reading the articles says, whichever way it was taken.
/// </summary>
public sealed class DenseFacetTests : IDisposable
{
    private const int Articles = 3000;

    /// <summary>Canonical names, as the index keeps only those; none holds a word the queries look for.</summary>
    private static readonly string[] IndustryNames = [.. NewsPortal.Core.Extraction.IndustryVocabulary.Default.Entries.Select(e => e.Name)
        .Where(n => !n.Contains("新能源") && !n.Contains("传感器") && !n.Contains("城市")).Take(40)];

    private static readonly ArticleDocument[] Corpus = Enumerable.Range(0, Articles).Select(Article).ToArray();

    private readonly RAMDirectory _directory = new();
    private readonly LuceneArticleIndex _index;

    public DenseFacetTests()
    {
        _index = LuceneArticleIndex.Open(_directory);
        _index.Upsert(Corpus);
        _index.Refresh();
    }

    /// <summary>Districts, clusters and industries of every frequency, from every other article to one in 700.</summary>
    private static ArticleDocument Article(int i) => new(
        Id: i + 1,
        Title: $"第{i}篇",
        Subtitles: [],
        Body: (i % 2 == 0 ? "新能源汽车产业。" : "") + (i % 97 == 0 ? "传感器产业。" : "") + "城市建设。",
        Source: i % 5 == 0 ? "重庆商报" : "重庆日报",
        Kind: i % 7 == 0 ? "feature" : "news",
        Date: new DateOnly(2024, 1 + i % 12, 1 + i % 28),
        Districts: [.. new[] { (3, "涪陵区"), (4, "江北区"), (700, "城口县"), (350, "巫溪县") }.Where(d => i % d.Item1 == 0).Select(d => d.Item2)],
        Clusters: i % 11 == 0 ? ["电子信息"] : i % 601 == 0 ? ["生物医药"] : [],
        Industries: [.. Enumerable.Range(0, IndustryNames.Length).Where(k => i % (k + 2) == 1).Select(k => IndustryNames[k])],
        Organizations: [],
        People: []);

    public static TheoryData<string> Queries() => ["新能源", "传感器", "城市", "新能源 -传感器"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Dense_and_sparse_values_are_counted_as_the_articles_say(string query)
    {
        var result = _index.Search(new SearchRequest(query));

        var matching = Corpus.Where(a => Matches(a.Body, query)).ToList();
        Assert.Equal(matching.Count, result.Total);
        Assert.Equal(Naive(matching, a => a.Districts), Counted(result, "district"));
        Assert.Equal(Naive(matching, a => a.Clusters), Counted(result, "cluster"));
        Assert.Equal(Naive(matching, a => a.Industries), Counted(result, "industry"));
        Assert.Equal(Naive(matching, a => [a.Source!]), Counted(result, "source"));
        Assert.Equal(Naive(matching, a => [a.Kind]), Counted(result, "kind"));
        Assert.Equal(Naive(matching, a => [a.Date!.Value.ToString("yyyy-MM")]), Counted(result, "month"));
    }

    /// <summary>A filtered facet is counted sideways (its own filter off), the others over the filtered hits; both ways too.</summary>
    [Theory]
    [InlineData("新能源", "涪陵区")]
    [InlineData("城市", "城口县")]
    [InlineData("传感器", "江北区")]
    public void A_filtered_district_is_counted_sideways_as_the_articles_say(string query, string district)
    {
        var result = _index.Search(new SearchRequest(query, new Dictionary<string, IReadOnlyList<string>> { ["district"] = [district] }));

        var matching = Corpus.Where(a => Matches(a.Body, query)).ToList();
        var filtered = matching.Where(a => a.Districts.Contains(district)).ToList();
        Assert.Equal(filtered.Count, result.Total);
        Assert.Equal(Naive(matching, a => a.Districts), Counted(result, "district"));
        Assert.Equal(Naive(filtered, a => a.Industries), Counted(result, "industry"));
        Assert.Equal(Naive(filtered, a => [a.Date!.Value.ToString("yyyy-MM")]), Counted(result, "month"));
    }

    [Fact]
    public void The_table_splits_into_bit_sets_of_dense_values_and_the_rest()
    {
        using var reader = DirectoryReader.Open(_directory);
        var segment = reader.Leaves.Single().AtomicReader;
        var table = SegmentFacets.For(segment);

        Assert.NotEmpty(table.DenseSlots);
        Assert.NotEmpty(table.SparseSlots);
        for (int doc = 0; doc < segment.MaxDoc; doc++)
        {
            var whole = table.Slots[table.Starts[doc]..table.Starts[doc + 1]].Order();
            var split = table.SparseSlots[table.SparseStarts[doc]..table.SparseStarts[doc + 1]]
                .Concat(table.DenseSlots.Where((_, d) => (table.DenseDocs[d][doc >> 6] & (1UL << doc)) != 0)).Order();
            Assert.Equal(whole, split);
        }
    }

    private static bool Matches(string body, string query) => query switch
    {
        "新能源 -传感器" => body.Contains("新能源") && !body.Contains("传感器"),
        _ => body.Contains(query),
    };

    private static List<KeyValuePair<string, int>> Naive(IEnumerable<ArticleDocument> articles, Func<ArticleDocument, IEnumerable<string>> values) =>
        [.. articles.SelectMany(values).CountBy(v => v).OrderBy(c => c.Key, StringComparer.Ordinal)];

    private static List<KeyValuePair<string, int>> Counted(SearchResult result, string facet) =>
        [.. result.Facets[facet].Select(v => KeyValuePair.Create(v.Value, v.Count)).OrderBy(c => c.Key, StringComparer.Ordinal)];

    public void Dispose()
    {
        _index.Dispose();
        _directory.Dispose();
    }
}
