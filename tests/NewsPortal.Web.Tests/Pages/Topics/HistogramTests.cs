using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed partial class HistogramTests(PortalFixture portal)
{
    [Fact]
    public async Task The_search_histogram_counts_what_the_database_files_under_each_month()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var expected = await TopicData.MonthsAsync(TopicData.Naming(db, EntityKind.District, district));

        var html = await portal.CreateClient().GetPageAsync(Html.Url("/search", ("district", district)));
        var bars = Bars(html);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key), bars.Where(b => b.Count > 0).Select(b => new KeyValuePair<string, int>(b.Month, b.Count)));
    }

    [Fact]
    public async Task Each_bar_leads_to_a_list_of_exactly_its_count()
    {
        await using var db = portal.CreateDbContext();
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];
        var client = portal.CreateClient();
        var bars = Bars(await client.GetPageAsync(Html.Url("/search", ("q", cluster))));

        Assert.Contains(bars, b => b.Count > 0);
        foreach (var bar in bars.Where(b => b.Count > 0))
        {
            Assert.Contains("from=" + bar.Month + "-01", bar.Href);
            var narrowed = await client.GetPageAsync(bar.Href);
            Assert.Equal(bar.Count, SearchTotal(narrowed));
        }
    }

    [Fact]
    public async Task An_entity_page_shows_its_histogram_and_the_months_api_agrees()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var client = portal.CreateClient();

        var bars = Bars(await client.GetPageAsync("/districts/" + Uri.EscapeDataString(district)));
        var api = await client.GetFromJsonAsync<JsonElement>(Html.Url("/api/months", ("district", district)));

        var months = api.GetProperty("months").EnumerateArray().ToDictionary(m => m.GetProperty("value").GetString()!, m => m.GetProperty("count").GetInt32());
        Assert.Equal(months, bars.Where(b => b.Count > 0).ToDictionary(b => b.Month, b => b.Count));
        Assert.All(bars, bar => Assert.Contains("district=" + Uri.EscapeDataString(district), bar.Href));
    }

    public static IReadOnlyList<(string Month, int Count, string Href)> Bars(string html) =>
        [.. BarPattern().Matches(html).Select(m => (m.Groups[2].Value, int.Parse(m.Groups[3].Value), System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))];

    public static int SearchTotal(string html) => int.Parse(TotalPattern().Match(html).Groups[1].Value);

    [GeneratedRegex(@"<a href=""([^""]+)"" class=""month-bar"" data-month=""([0-9-]+)"" data-count=""(\d+)""")]
    private static partial Regex BarPattern();

    [GeneratedRegex(@"class=""search-total"">(\d+)<")]
    private static partial Regex TotalPattern();
}
