using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Entities;

/// <summary>A district's digest is what its queries say, kept while the corpus version stands and computed again after.</summary>
[Collection(PortalCollection.Name)]
public sealed class EntityDigestsTests(PortalFixture portal)
{
    [Fact]
    public async Task The_digest_holds_the_entitys_counts_and_is_kept_only_for_its_version()
    {
        await using var db = portal.CreateDbContext();
        var district = await db.EntityStats.Where(s => s.Kind == EntityKind.District && s.Articles > 0)
            .OrderByDescending(s => s.Articles).Select(s => s.EntityId).FirstAsync();
        var digests = new EntityDigests();

        var first = await digests.GetAsync(db, 41, district, EntityKind.Cluster, 15, measures: true, CancellationToken.None);
        var again = await digests.GetAsync(db, 41, district, EntityKind.Cluster, 15, measures: true, CancellationToken.None);
        var moved = await digests.GetAsync(db, 42, district, EntityKind.Cluster, 15, measures: true, CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, moved);
        Assert.Equal(await db.MonthlyAsync(district, CancellationToken.None), moved.Months);
        Assert.Equal(await db.AlongsideAsync(district, EntityKind.Cluster, 15, CancellationToken.None), moved.Alongside);
        Assert.Equal(
            await db.ArticleEntities.Where(l => l.EntityId == district && l.PublishedOn != null).CountAsync(),
            first.Months.Sum(m => m.Articles));
    }
}
