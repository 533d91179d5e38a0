using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages;

[Collection(PortalCollection.Name)]
public sealed class HomeTests(PortalFixture portal)
{
    [Fact]
    public async Task The_home_page_shows_totals_latest_articles_and_most_mentioned_districts()
    {
        await using var db = portal.CreateDbContext();
        var html = await portal.CreateClient().GetPageAsync("/");

        Assert.Contains($"{await db.Articles.CountAsync()} 篇文章", html);
        Assert.Contains("最新文章", html);
        Assert.Equal(8, Html.ArticleCardIds(html).Count);
        Assert.Contains("提及最多的区县", html);
        Assert.Contains("href=\"/districts/", html);
        Assert.Contains("name=\"q\"", html);
    }
}
