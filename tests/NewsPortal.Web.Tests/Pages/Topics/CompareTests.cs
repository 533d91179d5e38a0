using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed partial class CompareTests(PortalFixture portal)
{
    [Fact]
    public async Task Two_districts_side_by_side_count_what_the_database_holds_for_each()
    {
        await using var db = portal.CreateDbContext();
        var districts = await TopicData.TopAsync(db, EntityKind.District, 2);
        var expected = new[]
        {
            await TopicData.Naming(db, EntityKind.District, districts[0]).CountAsync(),
            await TopicData.Naming(db, EntityKind.District, districts[1]).CountAsync(),
        };

        var html = await portal.CreateClient().GetPageAsync(Html.Url("/compare", ("a", "district:" + districts[0]), ("b", "district:" + districts[1])));

        Assert.Equal(expected, TotalPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value)));
        Assert.Contains("data-trend=", html);
        Assert.Contains(districts[0], html);
        Assert.Contains(districts[1], html);
    }

    [Fact]
    public async Task The_compare_api_shares_only_measures_both_sides_have_figures_for()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];

        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>(Html.Url("/api/compare", ("a", "district:" + district), ("b", "cluster:" + cluster)));

        var measuresA = await Measures(db, EntityKind.District, district);
        var measuresB = await Measures(db, EntityKind.Cluster, cluster);
        foreach (var shared in json.GetProperty("sharedMeasures").EnumerateArray())
        {
            var measure = shared.GetProperty("measure").GetString()!;
            // Each figure once, whether its article names the side, its subject is the side, or both; the latest is the newest of them.
            Assert.Equal(measuresA[measure].Count, shared.GetProperty("a").GetProperty("figures").GetInt32());
            Assert.Equal(measuresB[measure].Count, shared.GetProperty("b").GetProperty("figures").GetInt32());
            Assert.Equal(measuresA[measure].NewestArticle, shared.GetProperty("a").GetProperty("latest").GetProperty("articleId").GetInt64());
            Assert.Equal(measuresB[measure].NewestArticle, shared.GetProperty("b").GetProperty("latest").GetProperty("articleId").GetInt64());
        }
        Assert.NotEmpty(measuresA.Keys.Intersect(measuresB.Keys));
        Assert.Equal(Math.Min(12, measuresA.Keys.Intersect(measuresB.Keys).Count()), json.GetProperty("sharedMeasures").GetArrayLength());
        Assert.Equal(await TopicData.Naming(db, EntityKind.Cluster, cluster).CountAsync(), json.GetProperty("b").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_comparison_of_something_else_than_districts_clusters_or_industries_is_refused()
    {
        using var page = await portal.CreateClient().GetAsync("/compare?a=planet:x&b=district:y");
        using var api = await portal.CreateClient().GetAsync("/api/compare?a=person:x&b=district:y");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("district:涪陵区", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    /// <summary>
    /// Figures per measure about the entity or in articles naming it, and the article of the newest (latest date, undated
    /// last, then highest id): one OR over every figure, slow but plainly right.
    /// </summary>
    private static async Task<Dictionary<string, (int Count, long NewestArticle)>> Measures(NewsPortal.Data.NewsPortalDbContext db, EntityKind kind, string name) =>
        (await db.Metrics.Where(m => m.Measure != null)
            .Where(m => (m.SubjectEntity != null && m.SubjectEntity.Kind == kind && m.SubjectEntity.Name == name)
                || m.Article.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name))
            .Select(m => new { m.Id, Measure = m.Measure!, m.ArticleId, m.Article.PublishedOn }).ToListAsync())
        .GroupBy(m => m.Measure, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (g.Count(), g.OrderByDescending(m => m.PublishedOn ?? DateOnly.MinValue).ThenByDescending(m => m.Id).First().ArticleId), StringComparer.Ordinal);

    [GeneratedRegex(@"class=""compare-total"">(\d+)<")]
    private static partial Regex TotalPattern();
}
