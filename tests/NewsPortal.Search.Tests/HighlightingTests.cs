using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

public sealed class HighlightingTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    private SearchHit Hit(string query, long id) =>
        corpus.Index.Search(new SearchRequest(query)).Hits.Single(h => h.ArticleId == id);

    [Fact]
    public void Markup_in_titles_and_bodies_comes_back_as_plain_text_beside_the_matches()
    {
        var hit = Hit("网页安全 OR 可疑链接", 24);

        Assert.Equal("<script>alert(1)</script> [[网页安全]]提示", Marks.Of(hit.Title));
        Assert.Equal("市网信办提醒：不要点击含有<script>标签的[[可疑链接]] & 不明二维码，谨防网络诈骗。", Marks.Of(hit.Snippet));
    }

    [Fact]
    public void Every_word_of_the_query_is_marked_in_the_title()
    {
        Assert.Equal("[[綦江]]区推进[[全域旅游]]", Marks.Of(Hit("綦江 全域旅游", 34).Title));
    }

    [Fact]
    public void Whole_article_highlighting_marks_every_occurrence_in_the_body()
    {
        string html = Marks.Of(corpus.Index.HighlightArticle(5, "跨省通办"));

        Assert.Equal(
            "记者从市政府办公厅获悉，川渝两地[[跨省通办]]事项已增至311项，企业和群众可在任一政务服务大厅办理。渝中区政务服务中心设立[[跨省通办]]专窗。",
            html);
    }

    [Fact]
    public void Scattered_characters_of_a_word_are_not_marked()
    {
        string html = Marks.Of(corpus.Index.HighlightArticle(4, "智能网联"));

        Assert.DoesNotContain("[[", html);
    }

    [Fact]
    public void One_character_queries_mark_each_occurrence()
    {
        string html = Marks.Of(corpus.Index.HighlightArticle(11, "茶"));

        Assert.Equal(5, html.Split("[[茶]]").Length - 1);
    }

    [Fact]
    public void Latin_terms_are_marked_whatever_their_case_or_width()
    {
        Assert.Contains("基于[[T3B]]平台", Marks.Of(corpus.Index.HighlightArticle(9, "ｔ３ｂ")));
    }

    [Fact]
    public void Excluded_words_and_filters_are_not_marked()
    {
        string html = Marks.Of(corpus.Index.HighlightArticle(15, "新能源 -电池 district:涪陵区"));

        Assert.Contains("[[新能源]]", html);
        Assert.DoesNotContain("[[电池]]", html);
        Assert.DoesNotContain("[[涪陵区]]", html);
    }

    [Fact]
    public void Highlighting_an_unknown_article_gives_null()
    {
        Assert.Null(corpus.Index.HighlightArticle(999_999, "传感器"));
    }

    [Fact]
    public void A_snippet_is_a_window_of_the_body_around_the_match()
    {
        using var index = LuceneArticleIndex.InMemory();
        string before = string.Concat(Enumerable.Repeat("城市更新持续推进，", 40));
        string after = string.Concat(Enumerable.Repeat("居民生活更加便利。", 40));
        index.Upsert([FixtureCorpus.Article(7) with { Id = 100, Title = "园区观察", Body = before + "北碚区传感器产业园投产" + after }]);
        index.Refresh();

        string snippet = Marks.Of(index.Search(new SearchRequest("传感器")).Hits.Single().Snippet);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("北碚区[[传感器]]产业园投产", snippet);
        Assert.InRange(snippet.Replace("[[", "").Replace("]]", "").Length, 100, 125);
    }

    [Fact]
    public void A_snippet_prefers_the_stretch_with_the_most_matches()
    {
        using var index = LuceneArticleIndex.InMemory();
        string filler = string.Concat(Enumerable.Repeat("城市更新持续推进，", 30));
        string body = "传感器一词出现在开头。" + filler + "传感器产业园生产MEMS传感器和环境传感器。" + filler;
        index.Upsert([FixtureCorpus.Article(7) with { Id = 101, Body = body }]);
        index.Refresh();

        string snippet = Marks.Of(index.Search(new SearchRequest("传感器")).Hits.Single().Snippet);

        Assert.Equal(3, snippet.Split("[[").Length - 1);
    }

    [Fact]
    public void A_hit_matched_only_in_its_title_shows_the_start_of_the_body()
    {
        var hit = Hit("采摘季", 11);

        Assert.StartsWith("清明前后", Marks.Of(hit.Snippet));
        Assert.DoesNotContain("[[", Marks.Of(hit.Snippet));
    }

    [Fact]
    public void Hits_spread_over_many_segments_are_all_marked()
    {
        using var index = LuceneArticleIndex.InMemory();
        foreach (var article in FixtureCorpus.Articles)
        {
            index.Upsert([article]);
            index.Refresh();
        }

        var hits = index.Search(new SearchRequest("传感器 OR 新能源")).Hits;

        Assert.True(hits.Count >= 8);
        Assert.All(hits, hit => Assert.Equal(
            FixtureCorpus.Article(hit.ArticleId).Body.Contains("传感器") || FixtureCorpus.Article(hit.ArticleId).Body.Contains("新能源"),
            Marks.Of(hit.Snippet).Contains("[[")));
    }

    [Fact]
    public void Hits_carry_date_and_source()
    {
        var hit = Hit("榨菜", 13);

        Assert.Equal(new DateOnly(2024, 12, 8), hit.Date);
        Assert.Equal("涪陵日报", hit.Source);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void An_article_longer_than_a_doc_values_term_is_shown_and_highlighted_whole()
    {
        // Hit text is read from binary doc values; sorted doc values would refuse values over 32 KB.
        using var index = LuceneArticleIndex.InMemory();
        string filler = string.Concat(Enumerable.Repeat("城市更新持续推进，", 3_000)); // 27,000 characters, 81 KB of UTF-8
        index.Upsert([FixtureCorpus.Article(7) with { Id = 102, Body = filler + "北碚区传感器产业园投产。" }]);
        index.Refresh();

        var hit = index.Search(new SearchRequest("传感器")).Hits.Single();
        string html = Marks.Of(index.HighlightArticle(102, "传感器"));

        Assert.Contains("北碚区[[传感器]]产业园投产", Marks.Of(hit.Snippet));
        Assert.EndsWith("北碚区[[传感器]]产业园投产。", html);
        Assert.Equal(filler.Length + 12 + 4, html.Length);
    }

    [Fact]
    public void A_hit_without_date_or_source_has_neither()
    {
        using var index = LuceneArticleIndex.InMemory();
        index.Upsert([FixtureCorpus.Article(7) with { Id = 103, Date = null, Source = null }]);
        index.Refresh();

        var hit = index.Search(new SearchRequest("")).Hits.Single();

        Assert.Equal(103, hit.ArticleId);
        Assert.Null(hit.Date);
        Assert.Null(hit.Source);
    }
}
