using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Clusters;

[Collection(PortalCollection.Name)]
public sealed class ClusterPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task The_index_lists_the_33618_tiers_and_the_national_clusters()
    {
        var html = await portal.CreateClient().GetPageAsync("/clusters");

        Assert.Contains("万亿级主导产业集群", html);
        Assert.Contains("新星产业集群", html);
        Assert.Contains("国家先进制造业集群", html);
        Assert.Contains("href=\"/clusters/" + Uri.EscapeDataString("智能网联新能源汽车") + "\"", html);
    }

    [Fact]
    public async Task A_cluster_page_lists_the_articles_that_mention_it()
    {
        await using var db = portal.CreateDbContext();
        var cluster = await db.ArticleEntities.Where(ae => ae.Entity.Kind == EntityKind.Cluster)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync("/clusters/" + Uri.EscapeDataString(cluster.Key));

        Assert.Contains($"<h1 class=\"h3\">{cluster.Key}</h1>", html);
        Assert.Equal(cluster.Count, Html.PagerTotal(html));
        if (await db.Articles.AnyAsync(a => a.PublishedOn != null && a.Entities.Any(e => e.Entity.Name == cluster.Key)))
        {
            Assert.Contains("data-chart=\"bar\"", html);
        }
    }

    [Fact]
    public async Task A_cluster_nobody_knows_is_a_404()
    {
        await portal.CreateClient().GetPageAsync("/clusters/" + Uri.EscapeDataString("不存在的集群"), HttpStatusCode.NotFound);
    }
}
