using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The most reported measures (of one family, or of all), for the figures page's drop-down. Ranking them groups
/// every figure (100 ms at 370,000), so a ranking is kept until the corpus changes (corpus_totals.version, per
/// database), as <see cref="Articles.ArticlePageKeys"/> keeps its keys: one reading of the one-row totals a request.
/// </summary>
public sealed class MeasureRanking
{
    private readonly ConcurrentDictionary<(string Database, string Family, int Limit), Ranked> _ranked = new();

    public async Task<IReadOnlyList<string>> TopAsync(NewsPortalDbContext db, string? family, int limit, CancellationToken ct)
    {
        var key = (db.Database.GetConnectionString() ?? "", family ?? "", limit);
        long version = (await db.TotalsAsync(ct)).Version;
        if (_ranked.TryGetValue(key, out var ranked) && ranked.Version == version)
        {
            return ranked.Measures;
        }
        ranked = new Ranked(version, await db.MeasuresAsync(family, limit, ct));
        _ranked[key] = ranked; // two requests racing both rank; either result is right for this version
        return ranked.Measures;
    }

    private sealed record Ranked(long Version, IReadOnlyList<string> Measures);
}
