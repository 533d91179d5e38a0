using System.Net.Http.Json;
using System.Text.Json;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed class ExportTests(PortalFixture portal)
{
    [Fact]
    public async Task A_filtered_export_has_exactly_the_search_total_in_the_page_order()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];
        var client = portal.CreateClient();
        var query = Html.Url("", ("q", cluster[..2]), ("district", district));

        var page = await client.GetPageAsync("/search" + query);
        var csv = Csv.Parse(await client.GetStringAsync("/api/search/export.csv" + query));
        var json = await client.GetFromJsonAsync<JsonElement>("/api/search/export.json" + query);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/search" + query + "&pageSize=100");

        int total = HistogramTests.SearchTotal(page);
        Assert.True(total > 0);
        Assert.Equal(["id", "published_on", "source", "title", "url"], csv[0]);
        Assert.Equal(total, csv.Count - 1);
        Assert.Equal(total, json.GetProperty("total").GetInt32());
        Assert.Equal(total, json.GetProperty("items").GetArrayLength());
        var firstPage = api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("articleId").GetInt64().ToString()).ToList();
        Assert.Equal(firstPage, csv.Skip(1).Take(firstPage.Count).Select(r => r[0]));
        Assert.Contains("class=\"export-csv\" href=\"/api/search/export.csv?", page);
    }

    [Fact]
    public async Task An_export_of_a_query_with_a_date_range_honours_it()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var months = await TopicData.MonthsAsync(TopicData.Naming(db, EntityKind.District, district));
        var (month, count) = months.OrderByDescending(m => m.Value).First();
        var from = DateOnly.Parse(month + "-01");

        var csv = Csv.Parse(await portal.CreateClient().GetStringAsync(Html.Url("/api/search/export.csv",
            ("district", district), ("from", from.ToString("yyyy-MM-dd")), ("to", from.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd")))));

        Assert.Equal(count, csv.Count - 1);
        Assert.All(csv.Skip(1), r => Assert.StartsWith(month, r[1]));
    }
}
