using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>
/// What a district or cluster page reads about the entity's figures, apart from its page of articles and its topic
/// panel (which gives its months and the entities named alongside it): its newest figures and its most reported
/// measures (entity_measure_stats, maintained).
/// </summary>
public sealed record EntityDigest(IReadOnlyList<FigureRow> Figures, IReadOnlyList<string> Measures)
{
    public const int FigureCount = 30;

    /// <summary>The measure drop-down lists the entity's most reported measures, at most this many.</summary>
    public const int MeasureLimit = 100;

    public static async Task<EntityDigest> ComputeAsync(NewsPortalDbContext db, long id, bool measures, CancellationToken ct)
    {
        var newest = await db.NewestIn(id).Take(FigureCount).Select(FigureRow.FromMetric).ToListAsync(ct);
        var ranked = measures
            ? await db.EntityMeasureStats.AsNoTracking().Where(s => s.EntityId == id)
                .OrderByDescending(s => s.Figures).ThenBy(s => s.Measure)
                .Take(MeasureLimit).Select(s => s.Measure).ToListAsync(ct)
            : [];
        return new EntityDigest(newest, ranked);
    }
}
