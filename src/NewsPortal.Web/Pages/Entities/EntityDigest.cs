using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>
/// What a district or cluster page counts over the entity's links, apart from its page of articles: articles per
/// month, the entities of another kind named alongside it, its newest figures and the measures of its newest
/// <see cref="MeasureWindow"/> figures.
/// </summary>
public sealed record EntityDigest(
    IReadOnlyList<(string Month, int Articles)> Months,
    IReadOnlyList<EntityCount> Alongside,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<string> Measures)
{
    /// <summary>Measures are counted over the newest figures only: a bounded window, however much the papers said before.</summary>
    public const int MeasureWindow = 500;

    public const int FigureCount = 30;

    public static async Task<EntityDigest> ComputeAsync(NewsPortalDbContext db, long id, EntityKind alongside, int take, bool measures, CancellationToken ct)
    {
        var months = await db.MonthlyAsync(id, ct);
        var counts = await db.AlongsideAsync(id, alongside, take, ct);
        var figures = db.NewestIn(id);
        var newest = await figures.Take(FigureCount).Select(FigureRow.FromMetric).ToListAsync(ct);
        var ranked = measures
            ? await figures.Take(MeasureWindow).Where(m => m.Measure != null).GroupBy(m => m.Measure!)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).ToListAsync(ct)
            : [];
        return new EntityDigest(months, counts, newest, ranked);
    }
}
