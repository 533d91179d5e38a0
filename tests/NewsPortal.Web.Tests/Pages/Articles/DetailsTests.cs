using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Articles;

[Collection(PortalCollection.Name)]
public sealed class DetailsTests(PortalFixture portal)
{
    [Fact]
    public async Task An_articles_figures_are_listed_in_its_table_and_marked_in_its_body()
    {
        await using var db = portal.CreateDbContext();
        var article = await db.Articles.Include(a => a.Metrics).Where(a => a.Metrics.Count >= 2)
            .OrderByDescending(a => a.Metrics.Count).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync($"/articles/{article.Id}");

        Assert.Contains($"文中数据（{article.Metrics.Count}）", html);
        foreach (var metric in article.Metrics)
        {
            Assert.Contains($"<tr id=\"figure-{metric.Id}\">", html);
            Assert.Contains($"<td class=\"text-nowrap\"><mark class=\"figure\">{WebUtility.HtmlEncode(metric.Span)}</mark></td>", html);
        }
        var inBody = article.Metrics.Where(m => article.Body.Contains(m.Span, StringComparison.Ordinal)).ToList();
        Assert.All(inBody, m => Assert.Matches($"<mark class=\"figure\"( title=\"[^\"]*\")?>{System.Text.RegularExpressions.Regex.Escape(WebUtility.HtmlEncode(m.Span.Trim()))}</mark>", html));
    }

    [Fact]
    public async Task Shows_the_headline_source_and_entities_as_links()
    {
        await using var db = portal.CreateDbContext();
        var article = await db.Articles.Include(a => a.Entities).ThenInclude(e => e.Entity)
            .Where(a => a.Entities.Any(e => e.Entity.Kind == Core.Pages.EntityKind.District))
            .OrderBy(a => a.Id).FirstAsync();
        var district = article.Entities.First(e => e.Entity.Kind == Core.Pages.EntityKind.District).Entity.Name;

        var html = await portal.CreateClient().GetPageAsync($"/articles/{article.Id}");

        Assert.Contains(WebUtility.HtmlEncode(article.Title), html);
        Assert.Contains($"href=\"/districts/{Uri.EscapeDataString(district)}\"", html);
    }

    [Fact]
    public async Task On_the_page_marks_exactly_the_raw_text_the_article_came_from()
    {
        await using var db = portal.CreateDbContext();
        var article = await db.Articles.Include(a => a.Edition).Where(a => a.Paragraphs.Count > 0).OrderBy(a => a.Id).FirstAsync();
        var first = article.Paragraphs.SelectMany(p => p.Spans).OrderBy(s => s[0]).First();
        var piece = article.Edition.RawText.Substring(first[0], first[1]);

        var html = await portal.CreateClient().GetPageAsync($"/articles/{article.Id}");

        Assert.Contains("在版面上", html);
        Assert.Contains($"<mark class=\"piece piece-0\">{WebUtility.HtmlEncode(piece)}", html);
    }

    [Fact]
    public async Task A_missing_article_gets_the_friendly_404_page()
    {
        var html = await portal.CreateClient().GetPageAsync("/articles/987654321", HttpStatusCode.NotFound);

        Assert.Contains("找不到这个页面", html);
        Assert.Contains("回到首页", html);
    }
}
