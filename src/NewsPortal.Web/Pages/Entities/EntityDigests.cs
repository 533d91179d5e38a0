using NewsPortal.Data;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>
/// District and cluster pages' digests (<see cref="EntityDigest"/>) and measure charts' points, kept per corpus
/// version (<see cref="CorpusVersionCache{TKey, TValue}"/>) when the result caches are on. Each is a few short
/// range reads of maintained tables; the page reads the version once for both.
/// </summary>
public sealed class EntityDigests(ResultCacheSettings? settings = null)
{
    public const int MeasurePoints = 200;

    private readonly CorpusVersionCache<(long Id, bool Measures), EntityDigest> _digests = new(ResultCacheSettings.Capacity(settings, 2000));
    private readonly CorpusVersionCache<(long Id, string Measure), IReadOnlyList<MeasurePoint>> _points = new(ResultCacheSettings.Capacity(settings, 2000));

    public Task<EntityDigest> GetAsync(NewsPortalDbContext db, long version, long id, bool measures, CancellationToken ct) =>
        _digests.GetAsync(db, version, (id, measures), () => EntityDigest.ComputeAsync(db, id, measures, ct));

    /// <summary>The newest <see cref="MeasurePoints"/> dated figures of one measure about the entity, oldest first (entity_figures).</summary>
    public Task<IReadOnlyList<MeasurePoint>> PointsAsync(NewsPortalDbContext db, long version, long id, string measure, CancellationToken ct) =>
        _points.GetAsync(db, version, (id, measure), () => db.NewestDatedAsync(id, measure, MeasurePoints, ct));
}
