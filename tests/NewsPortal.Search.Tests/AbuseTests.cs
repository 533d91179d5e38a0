using System.Diagnostics;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

/// <summary>Whatever a user types gives results or a message: never an exception, never a slow query.</summary>
public sealed class AbuseTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    public static TheoryData<string> Nasty() =>
    [
        "\"", "\"\"", "\"智能网联", "智能网联\"", "“跨省通办", "OR", "OR OR OR", "-", "--", "- -", "-OR", "NOT", "AND",
        "*", "*智能", "?网联", "***", "智能*", "a:b", ":", "district:", "district:\"", "date:..", "date:9999-99-99",
        "date:2024-12-31..2024-01-01", "\u0000\u0001\u0002", "传感器\u0000器", "\ud800", "\udc00智能", "<script>alert(1)</script>",
        "'; DROP TABLE articles; --", "((((", "))))", "[1 TO 5]", "{}", "~2", "^3", "\\", "/regex/", "　　　", "\r\n\t",
        new string('"', 1000), new string('-', 5000), string.Concat(Enumerable.Repeat("OR ", 3000)),
        new string('智', 10_000), string.Concat(Enumerable.Repeat("智能 ", 3000)), string.Concat(Enumerable.Repeat("a", 10_000)),
        string.Concat(Enumerable.Repeat("district:涪陵区 ", 500)), string.Concat(Enumerable.Repeat("\"a\" ", 2500)),
    ];

    [Theory]
    [MemberData(nameof(Nasty))]
    public void Nasty_queries_return_results_or_a_message_quickly(string query)
    {
        var clock = Stopwatch.StartNew();

        var result = corpus.Index.Search(new SearchRequest(query));

        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.NotNull(result.Hits);
        Assert.True(result.Total >= 0);
        Assert.All(result.Hits, hit => Assert.Equal(FixtureCorpus.Article(hit.ArticleId).Title, Marks.Of(hit.Title).Replace("[[", "").Replace("]]", "")));
    }

    [Theory]
    [MemberData(nameof(Nasty))]
    public void Nasty_queries_are_harmless_for_suggestions_and_article_highlighting(string query)
    {
        _ = corpus.Index.Suggest(query);
        var highlighted = corpus.Index.HighlightArticle(24, query);

        Assert.NotNull(highlighted);
        Assert.Equal(FixtureCorpus.Article(24).Body, highlighted.Text);
    }

    [Fact]
    public void A_ten_thousand_character_query_is_truncated_with_a_message()
    {
        var result = corpus.Index.Search(new SearchRequest(string.Concat(Enumerable.Repeat("传感器 ", 3400))));

        Assert.NotNull(result.Message);
        Assert.Contains(7, result.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void An_unbalanced_quote_still_searches_the_rest_as_a_phrase_and_says_so()
    {
        var result = corpus.Index.Search(new SearchRequest("\"跨省通办"));

        Assert.NotNull(result.Message);
        Assert.Contains(5, result.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void A_query_with_nothing_searchable_matches_nothing_and_says_so()
    {
        var result = corpus.Index.Search(new SearchRequest("！？。，"));

        Assert.Equal(0, result.Total);
        Assert.NotNull(result.Message);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, -1)]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(1, 1_000_000)]
    public void Out_of_range_paging_is_clamped(int page, int pageSize)
    {
        var result = corpus.Index.Search(new SearchRequest("重庆", Page: page, PageSize: pageSize));

        Assert.True(result.Hits.Count <= LuceneArticleIndex.MaxPageSize);
    }

    [Fact]
    public void Unknown_filter_names_are_ignored_with_a_message()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["colour"] = ["red"] };

        var result = corpus.Index.Search(new SearchRequest("传感器", filters));

        Assert.NotNull(result.Message);
        Assert.Contains(7, result.Hits.Select(h => h.ArticleId));
    }
}
