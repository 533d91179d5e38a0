using System.Text;
using Lucene.Net.Store;
using NewsPortal.Search.Querying;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Querying;

/// <summary>
/// A query of one word of several terms is collected in the word's own loop (<see cref="WordQuery.WordWeight.Collect"/>)
/// instead of through Lucene's scorers: totals, hits in order, scores to the bit, titles, snippets and every facet must
/// be what the general path gives, on the seed articles and on a corpus of several segments with deletions, where the
/// word is in the text, the title, one name or several, or only among the names.
/// </summary>
public sealed class WordCollectionTests : IClassFixture<IndexedSeedCorpus>, IDisposable
{
    /// <summary>One word of several terms, alone: collected in its own loop.</summary>
    public static TheoryData<string> OneWord() =>
        ["新能源", "智能网联新能源汽车", "产业创新综合体", "\"产业 创新\"", "传感器", "跨省通办", "涪陵区", "科技公司", "新能源汽车"];

    /// <summary>Everything else goes through Lucene's scorers (one term, two words, OR, exclusion, filters, dates).</summary>
    public static TheoryData<string> Others() =>
        ["汽车", "新能源 产业", "新能源 OR 传感器", "新能源 -传感器", "district:涪陵区 新能源", "新能源 date:2024", "-新能源"];

    private readonly IndexedSeedCorpus _seeds;
    private readonly RAMDirectory _directory = new();
    private readonly LuceneArticleIndex _segmented;

    public WordCollectionTests(IndexedSeedCorpus seeds)
    {
        _seeds = seeds;
        _segmented = LuceneArticleIndex.Open(_directory);
        // Four commits: four segments; then a tenth of the articles deleted, so live documents are checked.
        foreach (var batch in Generated().Chunk(150))
        {
            _segmented.Upsert(batch);
            _segmented.Refresh();
        }
        _segmented.Delete(Enumerable.Range(1, 600).Where(i => i % 10 == 3).Select(i => (long)i));
        _segmented.Refresh();
    }

    [Theory]
    [MemberData(nameof(OneWord))]
    public void A_word_alone_is_collected_in_its_own_loop(string query)
    {
        Assert.True(_seeds.Index.CollectsInWordLoop(new SearchRequest(query)));
        Assert.True(_segmented.CollectsInWordLoop(new SearchRequest(query)));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void Other_queries_go_through_lucenes_scorers(string query)
    {
        Assert.False(_seeds.Index.CollectsInWordLoop(new SearchRequest(query)));
    }

    [Theory]
    [MemberData(nameof(OneWord))]
    [MemberData(nameof(Others))]
    public void The_seed_articles_give_the_same_results_either_way(string query)
    {
        Assert.True(Described(_seeds.Index, new SearchRequest(query, PageSize: 5)).Contains("total "), "described");
        foreach (int page in new[] { 1, 3 })
        {
            var request = new SearchRequest(query, Page: page, PageSize: 5);
            Assert.Equal(Described(_seeds.Index, request, directly: false), Described(_seeds.Index, request, directly: true));
        }
    }

    [Theory]
    [MemberData(nameof(OneWord))]
    [MemberData(nameof(Others))]
    public void Several_segments_with_deletions_give_the_same_results_either_way(string query)
    {
        Assert.True(_segmented.SegmentCount > 1);
        foreach (int page in new[] { 1, 3 })
        {
            var request = new SearchRequest(query, Page: page, PageSize: 20);
            Assert.Equal(Described(_segmented, request, directly: false), Described(_segmented, request, directly: true));
        }
    }

    /// <summary>The request's facet filters are checked per match in the loop too: hits, and each filtered facet counted sideways.</summary>
    [Theory]
    [InlineData("新能源", "district=涪陵区")]
    [InlineData("新能源", "district=涪陵区", "source=重庆商报")]
    [InlineData("科技公司", "source=重庆日报", "kind=feature")]
    [InlineData("\"产业 创新\"", "district=涪陵区")]
    public void A_word_with_facet_filters_gives_the_same_results_either_way(string query, params string[] filters)
    {
        var byFacet = filters.Select(f => f.Split('=')).ToDictionary(f => f[0], f => (IReadOnlyList<string>)[f[1]]);
        foreach (var index in new[] { _segmented, _seeds.Index })
        {
            Assert.True(index.CollectsInWordLoop(new SearchRequest(query, byFacet)));
            foreach (int page in new[] { 1, 3 })
            {
                var request = new SearchRequest(query, byFacet, Page: page, PageSize: 5);
                Assert.Equal(Described(index, request, directly: false), Described(index, request, directly: true));
            }
        }
    }

    [Fact]
    public void The_generated_word_is_found_in_text_title_and_names_alone()
    {
        var result = _segmented.Search(new SearchRequest("新能源", PageSize: 100));
        // Articles 1..600 less the deleted tenth; 新能源 in body, title or an organisation's name on all but every fifth.
        int expected = Enumerable.Range(1, 600).Count(i => i % 10 != 3 && i % 5 != 4);
        Assert.Equal(expected, result.Total);
        Assert.Contains(result.Hits, hit => hit.Title.Matches.Count > 0);
    }

    /// <summary>600 articles: 新能源 in the body, the title, one organisation's name, two, or nowhere, by turns.</summary>
    private static IEnumerable<ArticleDocument> Generated() => Enumerable.Range(1, 600).Select(i => new ArticleDocument(
        Id: i,
        Title: i % 5 == 1 ? $"新能源第{i}篇" : $"第{i}篇报道",
        Subtitles: [],
        Body: string.Concat(Enumerable.Repeat(i % 5 == 0 ? "新能源汽车产业。" : "城市建设。", 1 + i % 4)) + (i % 7 == 0 ? "科技公司。" : ""),
        Source: i % 3 == 0 ? "重庆商报" : "重庆日报",
        Kind: i % 7 == 0 ? "feature" : "news",
        Date: new DateOnly(2024, 1 + i % 12, 1 + i % 28),
        Districts: i % 4 == 0 ? ["涪陵区"] : [],
        Clusters: [],
        Industries: [],
        Organizations: (i % 5) switch
        {
            2 => ["重庆新能源科技公司"],
            3 => ["重庆新能源科技公司", "长江新能源集团"],
            _ => i % 11 == 0 ? ["两江科技公司"] : [],
        },
        People: []));

    /// <summary>All a result says, scores as their bits, as one text to compare.</summary>
    private static string Described(LuceneArticleIndex index, SearchRequest request, bool directly = true)
    {
        index.CollectsWordsDirectly = directly;
        try
        {
            var result = index.Search(request);
            var text = new StringBuilder($"total {result.Total}; message {result.Message}\n");
            foreach (var hit in result.Hits)
            {
                text.Append($"{hit.ArticleId} {BitConverter.SingleToInt32Bits(hit.Score):x8} {hit.Date} {hit.Source} {Marked(hit.Title)} {Marked(hit.Snippet)}\n");
            }
            foreach (var (facet, values) in result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                text.Append($"{facet}: {string.Join(", ", values.Select(v => $"{v.Value}={v.Count}"))}\n");
            }
            return text.ToString();
        }
        finally
        {
            index.CollectsWordsDirectly = true;
        }
    }

    private static string Marked(NewsPortal.Search.Highlighting.HighlightedText text) =>
        $"{text.Text}[{string.Join(",", text.Matches.Select(m => $"{m.Start}-{m.End}"))}]";

    public void Dispose()
    {
        _segmented.Dispose();
        _directory.Dispose();
    }
}
