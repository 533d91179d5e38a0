using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Industries;

[Collection(PortalCollection.Name)]
public sealed class IndustryPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_stored_industry_is_a_vocabulary_entry()
    {
        await using var db = portal.CreateDbContext();
        var industries = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.Industry).Select(ae => ae.Entity.Name).Distinct().ToListAsync();

        Assert.NotEmpty(industries);
        Assert.All(industries, name => Assert.True(IndustryVocabulary.Default.IsCanonical(name), name));
    }

    [Fact]
    public async Task The_industry_list_shows_every_vocabulary_entry_with_its_article_count()
    {
        await using var db = portal.CreateDbContext();
        var top = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.Industry)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync("/industries");

        Assert.All(IndustryVocabulary.Default.Entries, e => Assert.Contains(WebUtility.HtmlEncode(e.Name), html));
        Assert.Contains($"/industries/{Uri.EscapeDataString(top.Key)}\">{WebUtility.HtmlEncode(top.Key)}</a></span>", html);
        Assert.Contains($"{top.Count} 篇", html);
    }

    [Fact]
    public async Task An_industry_page_counts_the_articles_filed_under_it()
    {
        await using var db = portal.CreateDbContext();
        var top = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.Industry)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync("/industries/" + Uri.EscapeDataString(top.Key));

        Assert.Contains($"id=\"industry-article-count\">{top.Count}<", html);
        Assert.Contains(IndustryVocabulary.Default.Find(top.Key)!.Source, WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task A_name_outside_the_vocabulary_has_no_industry_page()
    {
        await portal.CreateClient().GetPageAsync("/industries/" + Uri.EscapeDataString("一批产业"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_figures_api_carries_measure_family_and_industry()
    {
        await using var db = portal.CreateDbContext();
        var family = await db.Metrics.Where(m => m.Family != null).GroupBy(m => m.Family!)
            .OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync($"/api/figures?family={Uri.EscapeDataString(family.Key)}&pageSize=500"));

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(family.Count, items.Count);
        Assert.All(items, i => Assert.Equal(family.Key, i.GetProperty("family").GetString()));
        Assert.All(items, i => Assert.True(i.TryGetProperty("measure", out _) && i.TryGetProperty("industry", out _) && i.TryGetProperty("qualifier", out _)));
    }

    [Fact]
    public async Task The_figures_page_filters_by_family()
    {
        await using var db = portal.CreateDbContext();
        var family = await db.Metrics.Where(m => m.Family != null).GroupBy(m => m.Family!)
            .OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync("/figures?family=" + Uri.EscapeDataString(family.Key));

        Assert.Equal(family.Count, Html.PagerTotal(html));
    }
}
