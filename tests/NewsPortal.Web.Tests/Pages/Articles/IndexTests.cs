using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Articles;

[Collection(PortalCollection.Name)]
public sealed class IndexTests(PortalFixture portal)
{
    [Fact]
    public async Task Lists_every_article_with_a_pager_total()
    {
        await using var db = portal.CreateDbContext();
        var html = await portal.CreateClient().GetPageAsync("/articles");

        Assert.Equal(await db.Articles.CountAsync(), Html.PagerTotal(html));
        Assert.Equal(20, Html.ArticleCardIds(html).Count);
    }

    [Fact]
    public async Task A_district_filter_narrows_the_list_to_articles_that_mention_the_district()
    {
        await using var db = portal.CreateDbContext();
        var district = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.District)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = await db.Articles.Where(a => a.Entities.Any(e => e.Entity.Kind == EntityKind.District && e.Entity.Name == district))
            .Select(a => a.Id).ToListAsync();

        var html = await portal.CreateClient().GetPageAsync(Html.Url("/articles", ("district", district)));

        Assert.Equal(expected.Count, Html.PagerTotal(html));
        Assert.True(expected.Count < await db.Articles.CountAsync());
        Assert.All(Html.ArticleCardIds(html), id => Assert.Contains(id, expected));
        Assert.Contains($"<option value=\"{district}\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task Filters_combine_and_a_filter_that_matches_nothing_says_so()
    {
        var html = await portal.CreateClient().GetPageAsync(Html.Url("/articles", ("district", "涪陵区"), ("from", "1990-01-01"), ("to", "1990-12-31")));

        Assert.Equal(0, Html.PagerTotal(html));
        Assert.Contains("没有符合这些筛选条件的文章", html);
        Assert.Contains("清除筛选", html);
    }

    [Fact]
    public async Task Paging_moves_through_the_list_without_repeating_articles()
    {
        var client = portal.CreateClient();

        var first = Html.ArticleCardIds(await client.GetPageAsync("/articles?p=1"));
        var second = Html.ArticleCardIds(await client.GetPageAsync("/articles?p=2"));

        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Newest_first_starts_with_the_latest_dated_article_and_leaves_undated_ones_last()
    {
        await using var db = portal.CreateDbContext();
        var latest = await db.Articles.Where(a => a.PublishedOn != null).MaxAsync(a => a.PublishedOn);

        var first = Html.ArticleCardIds(await portal.CreateClient().GetPageAsync("/articles")).First();

        Assert.Equal(latest, (await db.Articles.SingleAsync(a => a.Id == first)).PublishedOn);
    }

    [Theory]
    [InlineData("oldest")]
    [InlineData("title")]
    [InlineData("figures")]
    [InlineData("not-a-sort")]
    public async Task Every_sort_order_renders(string sort)
    {
        var html = await portal.CreateClient().GetPageAsync($"/articles?sort={sort}");

        Assert.Equal(20, Html.ArticleCardIds(html).Count);
    }
}
