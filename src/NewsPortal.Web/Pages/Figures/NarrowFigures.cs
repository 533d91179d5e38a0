using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The figures of a one-measure filter (<see cref="FigureFilter.Narrow"/>), its first <see cref="Paging.CountCap"/> + 1
/// in the filter's order: read once for the table's count and page, the measure chart and the CSV, and kept per
/// corpus version (<see cref="CorpusVersionCache{TKey, TValue}"/>). Testing each of a measure's figures for the
/// district (its subject, or its article's links) is the page's one costly step, and its answer changes only when
/// pages are ingested. Keyed by the filter as the query string gave it; at most <see cref="Capacity"/> filters are kept.
/// </summary>
public sealed class NarrowFigures(ResultCacheSettings? settings = null)
{
    public const int Capacity = 100;

    private readonly CorpusVersionCache<FigureFilter, IReadOnlyList<FigureRow>> _rows = new(ResultCacheSettings.Capacity(settings, Capacity));

    /// <summary>All of the filter's figures when there are at most <see cref="Paging.CountCap"/>; one more than that when there are more.</summary>
    public Task<IReadOnlyList<FigureRow>> RowsAsync(NewsPortalDbContext db, long version, FigureFilter filter, CancellationToken ct)
    {
        if (!filter.Narrow || filter.Links is not null)
        {
            throw new ArgumentException("a one-measure filter as the query string gave it, not yet resolved", nameof(filter));
        }
        return _rows.GetAsync(db, version, filter, async () =>
        {
            var resolved = await filter.ResolveAsync(db, ct);
            return await resolved.Apply(db.Metrics.AsNoTracking()).Take(Paging.CountCap + 1).Select(FigureRow.FromMetric).ToListAsync(ct);
        });
    }
}
