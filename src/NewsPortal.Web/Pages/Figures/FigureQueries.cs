using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>Figure look-ups the figures page, the industry pages and the API share.</summary>
public static class FigureQueries
{
    /// <summary>The most reported measures, of one family when given (read through the (family, measure) index), then by name.</summary>
    public static Task<List<string>> MeasuresAsync(this NewsPortalDbContext db, string? family, int limit, CancellationToken ct)
    {
        var metrics = db.Metrics.AsNoTracking().Where(m => m.Measure != null);
        if (!string.IsNullOrEmpty(family)) metrics = metrics.Where(m => m.Family == family);
        return metrics.GroupBy(m => m.Measure!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(limit)
            .Select(g => g.Key)
            .ToListAsync(ct);
    }
}
