using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed class TrendTests(PortalFixture portal)
{
    [Fact]
    public async Task A_trend_counts_each_filter_per_month_absolutely_and_per_thousand_articles()
    {
        await using var db = portal.CreateDbContext();
        var districts = await TopicData.TopAsync(db, EntityKind.District, 2);
        var all = await TopicData.MonthsAsync(db.Articles);

        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>(
            Html.Url("/api/trends", ("q", "district:" + districts[0]), ("q", "district:" + districts[1])));

        var months = json.GetProperty("months").EnumerateArray().Select(m => m.GetString()!).ToList();
        var totals = json.GetProperty("totals").EnumerateArray().Select(t => t.GetInt32()).ToList();
        Assert.Equal(months.Select(m => all.GetValueOrDefault(m)), totals);
        var terms = json.GetProperty("terms").EnumerateArray().ToList();
        Assert.Equal(2, terms.Count);
        for (int t = 0; t < 2; t++)
        {
            var expected = await TopicData.MonthsAsync(TopicData.Naming(db, EntityKind.District, districts[t]));
            var counts = terms[t].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToList();
            var perThousand = terms[t].GetProperty("perThousand").EnumerateArray().Select(c => c.GetDouble()).ToList();
            var links = terms[t].GetProperty("links").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(months.Select(m => expected.GetValueOrDefault(m)), counts);
            for (int i = 0; i < months.Count; i++)
            {
                Assert.Equal(totals[i] == 0 ? 0 : Math.Round(counts[i] * 1000.0 / totals[i], 2), perThousand[i], 2);
                Assert.Contains("from=" + months[i] + "-01", links[i]);
            }
        }
    }

    [Fact]
    public async Task The_trend_page_charts_the_terms_and_its_csv_has_a_row_per_month_and_term()
    {
        await using var db = portal.CreateDbContext();
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var client = portal.CreateClient();
        var url = Html.Url("/trends", ("q", cluster), ("q", "district:" + district));

        var html = await client.GetPageAsync(url);
        var csv = Csv.Parse(await client.GetStringAsync(url + "&handler=csv"));
        var api = await client.GetFromJsonAsync<JsonElement>(url.Replace("/trends", "/api/trends", StringComparison.Ordinal));

        Assert.Contains("data-trend=", html);
        Assert.Contains("/js/trends.js", html);
        int months = api.GetProperty("months").GetArrayLength();
        Assert.Equal(["month", "query", "articles", "all_articles", "per_thousand"], csv[0]);
        Assert.Equal(2 * months, csv.Count - 1);
        Assert.Equal(api.GetProperty("terms")[0].GetProperty("total").GetInt32(), csv.Skip(1).Where(r => r[1] == cluster).Sum(r => int.Parse(r[2])));
    }

    [Fact]
    public async Task More_than_five_terms_are_cut_to_five_and_none_is_a_validation_problem()
    {
        var client = portal.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>("/api/trends?q=a1&q=a2&q=a3&q=a4&q=a5&q=a6");
        using var empty = await client.GetAsync("/api/trends");

        Assert.Equal(5, json.GetProperty("terms").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}
