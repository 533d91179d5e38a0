using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;
using NewsPortal.Web.Tests.Pages.Topics;

namespace NewsPortal.Web.Tests.Browser;

/// <summary>Following a topic in a real browser: histogram, trends, compare, citation, feed.</summary>
[Collection(PortalCollection.Name)]
public sealed class TopicBrowserTests(PortalFixture portal, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _errors = [];

    [Fact]
    public async Task A_reader_clicks_a_histogram_bar_and_sees_that_months_articles()
    {
        await using var db = portal.CreateDbContext();
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync(Html.Url("/search", ("q", cluster)));
        await BrowserFixture.ScreenshotAsync(page, "search-histogram");

        var bar = page.Locator("#search-histogram a.month-bar:not([data-count='0'])").First;
        var month = await bar.GetAttributeAsync("data-month");
        var count = await bar.GetAttributeAsync("data-count");
        await bar.ClickAsync();

        await page.WaitForURLAsync(new Regex("from=" + month + "-01"));
        await Assertions.Expect(page.Locator(".search-total")).ToHaveTextAsync(count!);
        await Assertions.Expect(page.Locator(".date-range")).ToContainTextAsync(month + "-01");
        await Assertions.Expect(page.Locator("#search-histogram a.month-bar:not([data-count='0'])")).ToHaveCountAsync(1);
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    [Fact]
    public async Task A_reader_draws_a_two_term_trend_and_follows_a_point_to_its_search()
    {
        await using var db = portal.CreateDbContext();
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/trends");
        var boxes = page.Locator("#trend-form input[name=q]");
        await boxes.Nth(0).FillAsync(cluster);
        await boxes.Nth(1).FillAsync("district:" + district);
        await page.ClickAsync("#trend-form button[type=submit]");

        var chart = page.Locator("#trend-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(chart.Locator("canvas")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "trends");

        // A point where the two lines part (so the click cannot land on the other's), as a pixel from the chart itself.
        var point = await page.EvaluateAsync<JsonPoint>("""
            () => {
              const el = document.getElementById('trend-chart');
              const trend = JSON.parse(el.dataset.trend);
              const [a, b] = trend.series.map(s => s.counts);
              let best = null;
              for (const s of [1, 0]) {
                const mine = s === 1 ? b : a, other = s === 1 ? a : b;
                mine.forEach((n, i) => { if (n > 0 && n !== other[i] && (!best || n > best.Count)) best = { S: s, I: i, Count: n }; });
                if (best) break;
              }
              const xy = echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: best.S }, [best.I, best.Count]);
              return { X: xy[0], Y: xy[1], Month: trend.months[best.I], Count: best.Count, Link: trend.series[best.S].links[best.I] };
            }
            """);
        var box = await chart.BoundingBoxAsync();
        await page.Mouse.ClickAsync((float)(box!.X + point.X), (float)(box.Y + point.Y));

        await page.WaitForURLAsync(new Regex("/search\\?.*from=" + point.Month + "-01"));
        await Assertions.Expect(page.Locator(".search-total")).ToHaveTextAsync(point.Count.ToString());
        Assert.Equal(new Uri(portal.BaseAddress, point.Link).AbsoluteUri, new Uri(page.Url).AbsoluteUri);
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    [Fact]
    public async Task A_reader_opens_a_comparison_of_two_districts()
    {
        await using var db = portal.CreateDbContext();
        var districts = await TopicData.TopAsync(db, EntityKind.District, 2);
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/compare");
        await page.FillAsync("#compare-form input[name=a]", "district:" + districts[0]);
        await page.FillAsync("#compare-form input[name=b]", "district:" + districts[1]);
        await page.ClickAsync("#compare-form button[type=submit]");

        await page.WaitForURLAsync(new Regex("/compare\\?a="));
        await Assertions.Expect(page.Locator("#compare-chart")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator(".compare-side h2 a")).ToHaveTextAsync(districts.ToArray());
        await BrowserFixture.ScreenshotAsync(page, "compare");

        // The URL is the comparison: opened afresh, it shows the same.
        var shared = page.Url;
        var again = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await again.GotoAsync(shared);
        await Assertions.Expect(again.Locator(".compare-side h2 a")).ToHaveTextAsync(districts.ToArray());
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    [Fact]
    public async Task A_reader_copies_an_articles_citation()
    {
        await using var db = portal.CreateDbContext();
        var id = db.Articles.Where(a => a.Reporters.Count > 0).OrderBy(a => a.Id).Select(a => a.Id).First();
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = portal.BaseAddress.GetLeftPart(UriPartial.Authority) });
        await page.GotoAsync($"/articles/{id}");

        var text = (await page.Locator("#citation-text").TextContentAsync())!.Trim();
        await page.ClickAsync("button.copy-citation");

        await Assertions.Expect(page.Locator("button.copy-citation")).ToHaveAttributeAsync("data-copied", "true");
        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("已复制");
        Assert.Equal(text, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Contains("[N]. ", text);
        await page.Locator("section.citation").ScrollIntoViewIfNeededAsync();
        await page.Locator("section.citation").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "citation.png") });
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    [Fact]
    public async Task A_reader_subscribes_to_a_district_feed()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var page = await browser.NewPageAsync(portal.BaseAddress, _errors);
        await page.GotoAsync("/districts/" + Uri.EscapeDataString(district));
        await Assertions.Expect(page.Locator(".topic-panel")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "district-topic");

        // What a feed reader does: find the feed the page announces, fetch it, then poll it conditionally.
        var href = await page.Locator("head link[rel=alternate][type='application/atom+xml']").GetAttributeAsync("href");
        Assert.Equal(href, await page.Locator(".topic-panel a.feed-link").GetAttributeAsync("href"));
        var response = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.TextAsync());
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        var etag = response.Headers["etag"];
        var poll = await page.APIRequest.GetAsync(href!, new() { Headers = new Dictionary<string, string> { ["If-None-Match"] = etag } });
        Assert.Equal(304, poll.Status);

        // Entries link back: the first opens its article.
        var link = entries[0].Elements(atom + "link").First(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("h1.article-title")).ToHaveTextAsync(entries[0].Element(atom + "title")!.Value);
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    /// <summary>A point of the chart as the page reports it.</summary>
    private sealed class JsonPoint
    {
        public double X { get; set; }
        public double Y { get; set; }
        public string Month { get; set; } = "";
        public int Count { get; set; }
        public string Link { get; set; } = "";
    }
}
