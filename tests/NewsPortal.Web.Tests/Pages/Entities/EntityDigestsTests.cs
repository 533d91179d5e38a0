using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Entities;

/// <summary>A district's digest is what its tables say, kept while the corpus version stands and computed again after.</summary>
[Collection(PortalCollection.Name)]
public sealed class EntityDigestsTests(PortalFixture portal)
{
    [Fact]
    public async Task The_digest_holds_the_entitys_figures_and_measures_and_is_kept_only_for_its_version()
    {
        await using var db = portal.CreateDbContext();
        var district = await db.EntityStats.Where(s => s.Kind == EntityKind.District && s.Articles > 0)
            .OrderByDescending(s => s.Articles).Select(s => s.EntityId).FirstAsync();
        var digests = new EntityDigests();

        var first = await digests.GetAsync(db, 41, district, measures: true, CancellationToken.None);
        var again = await digests.GetAsync(db, 41, district, measures: true, CancellationToken.None);
        var moved = await digests.GetAsync(db, 42, district, measures: true, CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, moved);
        Assert.Equal(first.Figures.Select(f => f.Id), moved.Figures.Select(f => f.Id));
        Assert.NotEmpty(first.Measures);
        // Most reported first: the counts of the figures about the district, measure by measure.
        var counted = await db.EntityFigures.Where(f => f.EntityId == district)
            .GroupBy(f => f.Measure).Select(g => new { Measure = g.Key, Figures = g.Count() }).ToListAsync();
        var figures = counted.ToDictionary(c => c.Measure, c => c.Figures);
        Assert.Equal(Math.Min(counted.Count, EntityDigest.MeasureLimit), first.Measures.Count);
        Assert.Equal(first.Measures.Select(m => figures[m]).OrderByDescending(n => n), first.Measures.Select(m => figures[m]));
        Assert.Equal(counted.Max(c => c.Figures), figures[first.Measures[0]]);
    }
}
