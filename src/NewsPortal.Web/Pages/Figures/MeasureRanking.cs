using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The most reported measures (of one family, or of all), for the figures page's drop-down. Ranking them groups
/// every figure (100 ms at 370,000), so a ranking is kept until the corpus changes (<see cref="CorpusVersionCache{TKey, TValue}"/>).
/// </summary>
public sealed class MeasureRanking
{
    private readonly CorpusVersionCache<(string Family, int Limit), IReadOnlyList<string>> _ranked = new();

    public Task<IReadOnlyList<string>> TopAsync(NewsPortalDbContext db, string? family, int limit, CancellationToken ct) =>
        _ranked.GetAsync(db, (family ?? "", limit), async () => await db.MeasuresAsync(family, limit, ct), ct);
}
