using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Figures;

/// <summary>A one-measure filter is read once and counted, paged and charted in memory: the same answers as the queries.</summary>
[Collection(PortalCollection.Name)]
public sealed class NarrowFiguresTests(PortalFixture portal)
{
    [Fact]
    public async Task The_chart_drawn_from_the_rows_read_once_is_the_chart_the_query_draws()
    {
        await using var db = portal.CreateDbContext();
        var pairs = await db.Metrics.Where(m => m.Measure != null && m.SubjectEntity != null && m.SubjectEntity.Kind == EntityKind.District)
            .GroupBy(m => new { District = m.SubjectEntity!.Name, Measure = m.Measure! })
            .OrderByDescending(g => g.Count()).Select(g => g.Key).Take(5).ToListAsync();
        Assert.NotEmpty(pairs);

        foreach (var pair in pairs)
        {
            var filter = new FigureFilter(District: pair.District, Measure: pair.Measure);
            var rows = await new NarrowFigures().RowsAsync(db, 0, filter, CancellationToken.None);
            Assert.InRange(rows.Count, 1, Paging.CountCap);
            var resolved = await filter.ResolveAsync(db, CancellationToken.None);

            var queried = await MeasureOverPeriods.DrawAsync(resolved.Filter(db.Metrics.AsNoTracking()), pair.District, pair.Measure, CancellationToken.None);
            var inMemory = MeasureOverPeriods.DrawAll(rows, pair.District, pair.Measure);

            Assert.NotNull(queried);
            Assert.Equal(queried.Links, inMemory!.Links);
            Assert.Equal(queried.Labels, inMemory.Labels);
            Assert.Equal(queried.Values, inMemory.Values);
        }
    }

    [Fact]
    public async Task The_rows_are_the_filter_in_its_order_and_are_read_again_once_the_corpus_version_moves()
    {
        await using var db = portal.CreateDbContext();
        var measure = await db.Metrics.Where(m => m.Measure != null).GroupBy(m => m.Measure!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var filter = new FigureFilter(Measure: measure);
        var resolved = await filter.ResolveAsync(db, CancellationToken.None);
        var expected = await resolved.Apply(db.Metrics.AsNoTracking()).Select(m => m.Id).Take(Paging.CountCap + 1).ToListAsync();
        var narrow = new NarrowFigures();

        var first = await narrow.RowsAsync(db, 7, filter, CancellationToken.None);
        var again = await narrow.RowsAsync(db, 7, filter with { }, CancellationToken.None);
        var moved = await narrow.RowsAsync(db, 8, filter, CancellationToken.None);

        Assert.Equal(expected, first.Select(r => r.Id));
        Assert.Same(first, again);
        Assert.NotSame(first, moved);
        Assert.Equal(expected, moved.Select(r => r.Id));
    }

    [Fact]
    public async Task A_resolved_or_unmeasured_filter_is_refused()
    {
        await using var db = portal.CreateDbContext();
        var narrow = new NarrowFigures();

        await Assert.ThrowsAsync<ArgumentException>(() => narrow.RowsAsync(db, 0, new FigureFilter(District: "涪陵区"), CancellationToken.None));
        var resolved = await new FigureFilter(Measure: "产值").ResolveAsync(db, CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => narrow.RowsAsync(db, 0, resolved, CancellationToken.None));
    }
}
