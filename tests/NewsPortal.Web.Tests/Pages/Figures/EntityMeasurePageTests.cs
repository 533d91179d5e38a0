using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Figures;

/// <summary>
/// The figures page's one statement for one district or cluster and one measure reads what its three queries read
/// (<see cref="EntityMeasureFigures"/>): the maintained count, the page of figures and the chart's points.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EntityMeasurePageTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_page_and_the_chart_are_the_rows_the_three_queries_read()
    {
        await using var db = portal.CreateDbContext();
        var pairs = await db.EntityFigures.GroupBy(f => new { f.EntityId, f.Measure })
            .OrderByDescending(g => g.Count()).Select(g => g.Key).Take(6).ToListAsync();
        Assert.NotEmpty(pairs);

        foreach (var pair in pairs)
        {
            var entity = await db.Entities.SingleAsync(e => e.Id == pair.EntityId);
            int figures = await db.EntityMeasureStats.Where(s => s.EntityId == pair.EntityId && s.Measure == pair.Measure).Select(s => s.Figures).SingleAsync();
            var version = (await db.CorpusTotals.SingleAsync()).Version;
            var oldest = await db.OldestAsync(pair.EntityId, pair.Measure, MeasureOverPeriods.MaxPoints, CancellationToken.None);
            int lastPage = new Paging(1, IndexModel.PageSize, figures).Pages;
            foreach (int page in new[] { 1, 2, lastPage, lastPage + 1 }.Distinct())
            {
                var read = await db.EntityMeasurePageAsync(entity.Kind, entity.Name, pair.Measure, page, CancellationToken.None);
                var paging = new Paging(page, IndexModel.PageSize, figures);

                Assert.NotNull(read);
                Assert.Equal((entity.Id, figures, version), (read.Id, read.Figures, read.Version));
                Assert.Equal(await db.NewestAsync(pair.EntityId, pair.Measure, paging.Skip, IndexModel.PageSize, CancellationToken.None), read.Rows);
                Assert.Equal(oldest, read.Points);
            }
        }
    }

    [Fact]
    public async Task An_unknown_entity_reads_nothing_and_an_unreported_measure_an_empty_page()
    {
        await using var db = portal.CreateDbContext();
        var entity = await db.Entities.FirstAsync(e => e.Kind == EntityKind.District);

        Assert.Null(await db.EntityMeasurePageAsync(EntityKind.District, "没有这个区县", "工业投资", 1, CancellationToken.None));
        var unreported = await db.EntityMeasurePageAsync(EntityKind.District, entity.Name, "没有这个指标", 1, CancellationToken.None);
        Assert.NotNull(unreported);
        Assert.Equal((0, 0, 0), (unreported.Figures, unreported.Rows.Count, unreported.Points.Count()));
    }
}
