using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Browser;

/// <summary>Industries as a reader uses them: the search facet, the industry page, a measure drawn over periods.</summary>
[Collection(PortalCollection.Name)]
public sealed class IndustryBrowserTests(PortalFixture portal, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _errors = [];

    [Fact]
    public async Task Picking_an_industry_in_the_facet_shows_as_many_results_as_it_counts_and_its_page_opens()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("产业"));
        var facet = page.Locator("a.facet-value[data-facet=industry]").First;
        await Assertions.Expect(facet).ToBeVisibleAsync();
        // A value and its count at the two ends of one row, not underlined (site.css, not classes on every link).
        await Assertions.Expect(facet).ToHaveCSSAsync("display", "flex");
        await Assertions.Expect(facet).ToHaveCSSAsync("justify-content", "space-between");
        await Assertions.Expect(facet).ToHaveCSSAsync("text-decoration-line", "none");
        var industry = await facet.GetAttributeAsync("data-value");
        var count = (await facet.Locator(".badge").InnerTextAsync()).Trim();
        Assert.True(IndustryVocabulary.Default.IsCanonical(industry!), $"facet value {industry} is not a vocabulary entry");

        await facet.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("industry="));

        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator(".search-total")).ToHaveTextAsync(count);
        await BrowserFixture.ScreenshotAsync(page, "search-by-industry");

        await page.GotoAsync("/industries");
        await page.Locator(".industry-list a", new() { HasTextString = industry! }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("/industries/" + Uri.EscapeDataString(industry!)) + "$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(industry!);
        await Assertions.Expect(page.Locator(".article-card").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "industry");
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    [Fact]
    public async Task A_measure_of_a_district_is_drawn_over_periods_and_a_point_opens_its_article()
    {
        await using var db = portal.CreateDbContext();
        // The measure reported most often about one district.
        var pick = await db.Metrics
            .Where(m => m.Measure != null && m.SubjectEntity != null && m.SubjectEntity.Kind == EntityKind.District)
            .GroupBy(m => new { District = m.SubjectEntity!.Name, Measure = m.Measure! })
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.District).ThenBy(g => g.Key.Measure)
            .Select(g => new { g.Key.District, g.Key.Measure, Count = g.Count() })
            .FirstAsync();
        Assert.True(pick.Count >= 2, $"the seeds report {pick.Measure} of {pick.District} only {pick.Count} time(s)");
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/figures");

        await page.SelectOptionAsync("#filter-district", pick.District);
        await page.SelectOptionAsync("#filter-measure", pick.Measure);
        await page.ClickAsync("#figure-filters button[type=submit]");

        var chart = page.Locator("#measure-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-ready", "true");
        var points = await chart.EvaluateAsync<int>("el => JSON.parse(el.dataset.values).length");
        Assert.True(points >= 2, $"{points} point(s) drawn");
        await BrowserFixture.ScreenshotAsync(page, "figures-measure-over-periods");

        var point = await page.EvaluateAsync<JsonPoint>("""
            () => {
              const el = document.getElementById('measure-chart');
              const values = JSON.parse(el.dataset.values);
              const xy = echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [0, values[0]]);
              return { X: xy[0], Y: xy[1], Link: JSON.parse(el.dataset.links)[0] };
            }
            """);
        var box = await chart.BoundingBoxAsync();
        await page.Mouse.ClickAsync((float)(box!.X + point.X), (float)(box.Y + point.Y));

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/articles/\d+#figure-\d+$"));

        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(new Uri(portal.BaseAddress, point.Link).AbsoluteUri, new Uri(page.Url).AbsoluteUri);
        await Assertions.Expect(page.Locator("h1.article-title")).ToBeVisibleAsync();
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    /// <summary>A point of the chart as the page reports it.</summary>
    private sealed class JsonPoint
    {
        public double X { get; set; }
        public double Y { get; set; }
        public string Link { get; set; } = "";
    }
}
