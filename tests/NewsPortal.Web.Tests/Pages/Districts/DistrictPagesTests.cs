using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Districts;

[Collection(PortalCollection.Name)]
public sealed class DistrictPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task The_map_page_carries_the_counts_the_map_is_coloured_by()
    {
        await using var db = portal.CreateDbContext();
        var top = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.District)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync("/districts");

        Assert.Contains("id=\"district-map\"", html);
        Assert.Contains($"{{&quot;name&quot;:&quot;{top.Key}&quot;,&quot;value&quot;:{top.Count}}}", html);
        Assert.Contains("/lib/chongqing-map/chongqing.geojson", html);
    }

    [Fact]
    public async Task A_district_page_lists_its_articles_and_clusters()
    {
        await using var db = portal.CreateDbContext();
        var top = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.District)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync("/districts/" + Uri.EscapeDataString(top.Key));

        Assert.Contains($"相关文章（{top.Count}）", html);
        Assert.Contains("相关产业集群", html);
    }

    [Fact]
    public async Task An_unknown_district_is_a_404()
    {
        await portal.CreateClient().GetPageAsync("/districts/" + Uri.EscapeDataString("火星区"), HttpStatusCode.NotFound);
    }
}
