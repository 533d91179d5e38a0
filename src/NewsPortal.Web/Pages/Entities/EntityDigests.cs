using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>
/// District and cluster pages' digests (<see cref="EntityDigest"/>) and measure charts' points, kept per corpus
/// version (<see cref="CorpusVersionCache{TKey, TValue}"/>): the months of a district's 14,000 links, its co-mentions
/// and its figures are the same on every view until pages are ingested. The page reads the version once for both.
/// </summary>
public sealed class EntityDigests(ResultCacheSettings? settings = null)
{
    public const int MeasurePoints = 200;

    private readonly CorpusVersionCache<(long Id, EntityKind Alongside, int Take, bool Measures), EntityDigest> _digests = new(ResultCacheSettings.Capacity(settings, 2000));
    private readonly CorpusVersionCache<(long Id, string Measure), IReadOnlyList<FigureRow>> _points = new(ResultCacheSettings.Capacity(settings, 2000));

    public Task<EntityDigest> GetAsync(NewsPortalDbContext db, long version, long id, EntityKind alongside, int take, bool measures, CancellationToken ct) =>
        _digests.GetAsync(db, version, (id, alongside, take, measures), () => EntityDigest.ComputeAsync(db, id, alongside, take, measures, ct));

    /// <summary>The newest <see cref="MeasurePoints"/> dated figures of one measure among the entity's, oldest first.</summary>
    public Task<IReadOnlyList<FigureRow>> PointsAsync(NewsPortalDbContext db, long version, long id, string measure, CancellationToken ct) =>
        _points.GetAsync(db, version, (id, measure), async () => (IReadOnlyList<FigureRow>)(await db.NewestIn(id, measure)
            .Where(m => m.Article.PublishedOn != null)
            .Take(MeasurePoints).Select(FigureRow.FromMetric).ToListAsync(ct)).AsEnumerable().Reverse().ToList());
}
