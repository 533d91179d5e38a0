using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Figures;

/// <summary>The figures of one measure about one entity, read from entity_figures, against the same rows sorted here.</summary>
[Collection(PortalCollection.Name)]
public sealed class EntityMeasureFiguresTests(PortalFixture portal)
{
    [Fact]
    public async Task The_oldest_figures_read_up_to_the_last_date_they_need_are_the_first_of_all_of_them_by_date_period_and_id()
    {
        await using var db = portal.CreateDbContext();
        var pairs = await db.EntityFigures.GroupBy(f => new { f.EntityId, f.Measure })
            .Where(g => g.Count() > 2).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(8).ToListAsync();
        Assert.NotEmpty(pairs);

        foreach (var pair in pairs)
        {
            var all = await db.NewestAsync(pair.EntityId, pair.Measure, 0, int.MaxValue, CancellationToken.None);
            var expected = all.OrderBy(r => r.PublishedOn is null).ThenBy(r => r.PublishedOn)
                .ThenBy(r => r.Period is null).ThenBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id).ToList();
            for (var take = 1; take <= all.Count + 1; take++)
            {
                var oldest = await db.OldestAsync(pair.EntityId, pair.Measure, take, CancellationToken.None);

                Assert.Equal(expected.Take(take), oldest.Select(r => r.Id));
            }
        }
    }
}
