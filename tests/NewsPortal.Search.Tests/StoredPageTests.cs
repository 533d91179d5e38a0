using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

/// <summary>The article page's record and page text, kept beside each article and read back by id.</summary>
public sealed class StoredPageTests : IDisposable
{
    private const string PageText = "重庆日报 第3版\n涪陵区工业产值增长12%。\n长寿区新能源汽车产量翻番。";

    private readonly LuceneArticleIndex _index = LuceneArticleIndex.InMemory();

    public void Dispose() => _index.Dispose();

    private static ArticleDocument WithPage(int fixture, long id, long pageTextIn, string? pageText) =>
        FixtureCorpus.Article(fixture) with { Id = id, Page = new ArticlePageData([1, 2, (byte)id], pageTextIn, pageText) };

    [Fact]
    public void An_article_of_a_page_reads_its_record_title_body_and_the_page_text_kept_by_the_pages_first_article()
    {
        _index.Upsert([WithPage(1, 100, 100, PageText), WithPage(2, 101, 100, null)]);
        _index.Refresh();

        var first = _index.FindArticlePage(100);
        var second = _index.FindArticlePage(101);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal((FixtureCorpus.Article(2).Title, FixtureCorpus.Article(2).Body, PageText), (second.Title, second.Body, second.PageText));
        Assert.Equal([1, 2, 101], second.Record);
        Assert.Equal([1, 2, 100], first.Record);
        Assert.Equal(PageText, first.PageText);
    }

    [Fact]
    public void The_page_text_is_found_across_segments()
    {
        _index.Upsert([WithPage(1, 100, 100, PageText)]);
        _index.Refresh();
        _index.Upsert([WithPage(2, 101, 100, null)]);
        _index.Refresh();

        Assert.True(_index.SegmentCount > 1);
        Assert.Equal(PageText, _index.FindArticlePage(101)?.PageText);
    }

    [Fact]
    public void An_article_without_a_record_or_whose_page_text_is_not_indexed_is_not_found()
    {
        _index.Upsert([FixtureCorpus.Article(1) with { Id = 100 }, WithPage(2, 101, 102, null)]);
        _index.Refresh();

        Assert.Null(_index.FindArticlePage(100));   // indexed for search only
        Assert.Null(_index.FindArticlePage(101));   // its page's first article is not visible
        Assert.Null(_index.FindArticlePage(999));   // not indexed
    }

    [Fact]
    public void A_deleted_or_replaced_article_reads_as_the_searchers_see_it()
    {
        _index.Upsert([WithPage(1, 100, 100, PageText), WithPage(2, 101, 100, null)]);
        _index.Refresh();
        _index.Upsert([WithPage(3, 101, 100, null) with { Page = new ArticlePageData([9], 100, null) }]);
        _index.Delete([100]);

        Assert.Equal([1, 2, 101], _index.FindArticlePage(101)?.Record);   // until the refresh
        _index.Refresh();

        Assert.Null(_index.FindArticlePage(100));
        Assert.Null(_index.FindArticlePage(101));   // its page text went with article 100
    }
}
