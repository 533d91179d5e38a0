using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Browser;

/// <summary>What a reader does in a real browser: search, filter, browse clusters, click the map, download figures.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalBrowserTests(PortalFixture portal, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _errors = [];

    [Fact]
    public async Task A_reader_searches_and_clicks_through_to_an_article()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "home");

        var box = page.Locator("form.hero-search input[name=q]");
        await box.PressSequentiallyAsync("集群", new() { Delay = 50 });
        await Assertions.Expect(box).ToHaveAttributeAsync("data-suggestions", new Regex("^[0-9]+$"));
        // Enter can land on Chromium's open suggestion list instead of the form, depending on timing: use the button.
        await page.Locator("form.hero-search button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator(".search-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-hit mark").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "search");

        var first = page.Locator(".search-hit h2 a").First;
        await first.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/articles/\d+$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("h1.article-title")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "article");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_reader_filters_articles_by_district()
    {
        var (district, count) = await TopDistrictAsync(onMap: false);
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/articles");

        await page.SelectOptionAsync("#filter-district", district);
        await page.ClickAsync("#article-filters button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("district="));
        await page.WaitForLoadStateAsync(LoadState.Load);

        await Assertions.Expect(page.Locator("text=共 " + count + " 条")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#filter-district")).ToHaveValueAsync(district);
        await BrowserFixture.ScreenshotAsync(page, "articles-by-district");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_reader_opens_a_cluster_page_from_the_cluster_system()
    {
        await using var db = portal.CreateDbContext();
        var cluster = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.Cluster)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/clusters");
        await BrowserFixture.ScreenshotAsync(page, "clusters");

        await page.Locator(".cluster-system a", new() { HasTextString = cluster }).First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/clusters/"));

        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(cluster);
        await Assertions.Expect(page.Locator(".article-card").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "cluster");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_map_renders_and_clicking_a_district_opens_its_page()
    {
        var (district, _) = await TopDistrictAsync(onMap: true);
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/districts");
        var map = page.Locator("#district-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(map.Locator("canvas")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "districts");
        // A full-page screenshot resizes the window and the map with it: start again from a settled page.
        await page.ReloadAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-ready", "true");

        // The district's label point (cp in the GeoJSON), turned into a pixel by the chart itself.
        var point = await page.EvaluateAsync<double[]>("""
            async name => {
              const geo = await (await fetch('/lib/chongqing-map/chongqing.geojson')).json();
              const feature = geo.features.find(f => f.properties.name === name);
              return window.portalMap.convertToPixel({ seriesIndex: 0 }, feature.properties.cp);
            }
            """, district);
        // The box is in viewport coordinates: the map must be in view, and a chart still settling (its first animation
        // on a loaded machine) can take the first click as a hover; a click that never navigates still fails.
        await map.ScrollIntoViewIfNeededAsync();
        var target = new Regex(Regex.Escape("/districts/" + Uri.EscapeDataString(district)) + "$");
        for (var attempt = 0; attempt < 3 && !target.IsMatch(page.Url); attempt++)
        {
            var box = await map.BoundingBoxAsync();
            await page.Mouse.ClickAsync((float)(box!.X + point[0]), (float)(box.Y + point[1]));
            try { await page.WaitForURLAsync(target, new() { Timeout = 3000 }); }
            catch (Exception e) when (e is System.TimeoutException or PlaywrightException) { }
        }

        await Assertions.Expect(page).ToHaveURLAsync(target);

        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(district);
        await BrowserFixture.ScreenshotAsync(page, "district");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_reader_downloads_the_figures_as_csv_and_charts_selected_rows()
    {
        await using var db = portal.CreateDbContext();
        var figures = await db.Metrics.CountAsync();
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/figures");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv-export"));
        var path = await download.PathAsync();
        var records = Csv.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal("figures.csv", download.SuggestedFilename);
        Assert.Equal(figures + 1, records.Count);

        var picks = page.Locator("input.figure-pick");
        await picks.Nth(0).CheckAsync();
        await picks.Nth(1).CheckAsync();
        await page.ClickAsync("#chart-selected");
        await Assertions.Expect(page.Locator("#selection-chart")).ToHaveAttributeAsync("data-ready", "true");
        await BrowserFixture.ScreenshotAsync(page, "figures");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_other_pages_render_without_script_errors_or_csp_violations()
    {
        await using var db = portal.CreateDbContext();
        var edition = await db.Editions.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);

        foreach (var (path, name) in new[] { ($"/editions/{edition}", "edition"), ("/data", "data"), ("/organizations", "organizations"), ("/people", "people"), ("/search", "search-help"), ("/no-such-page", "not-found") })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await BrowserFixture.ScreenshotAsync(page, name);
        }

        Assert.DoesNotContain(_errors, e => !e.Contains("404", StringComparison.Ordinal));
    }

    /// <summary>The district most articles mention; with <paramref name="onMap"/>, only districts the map draws.</summary>
    private async Task<(string Name, int Articles)> TopDistrictAsync(bool onMap)
    {
        string[] offMap = ["两江新区", "西部科学城重庆高新区", "万盛经开区"];
        await using var db = portal.CreateDbContext();
        var top = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.District)
            .Where(ae => !onMap || !offMap.Contains(ae.Entity.Name))
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new { g.Key, Count = g.Count() }).FirstAsync();
        return (top.Key, top.Count);
    }
}
