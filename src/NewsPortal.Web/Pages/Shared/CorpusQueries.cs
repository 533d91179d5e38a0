using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>Counts the pages show, read from the maintained aggregates rather than counted.</summary>
public static class CorpusQueries
{
    private static readonly CorpusTotals Empty = new() { Id = CorpusTotals.RowId };

    /// <summary>The corpus' totals (one row by key).</summary>
    public static async Task<CorpusTotals> TotalsAsync(this NewsPortalDbContext db, CancellationToken ct) =>
        await db.CorpusTotals.AsNoTracking().SingleOrDefaultAsync(t => t.Id == CorpusTotals.RowId, ct) ?? Empty;

    /// <summary>The id of the entity of this kind and name, or null.</summary>
    public static async Task<long?> EntityIdAsync(this NewsPortalDbContext db, EntityKind kind, string name, CancellationToken ct) =>
        await db.Entities.AsNoTracking().Where(e => e.Kind == kind && e.Name == name).Select(e => (long?)e.Id).SingleOrDefaultAsync(ct);

    /// <summary>Articles that mention the entity (maintained), 0 when none.</summary>
    public static async Task<int> ArticleCountAsync(this NewsPortalDbContext db, long entityId, CancellationToken ct) =>
        await db.EntityStats.AsNoTracking().Where(s => s.EntityId == entityId).Select(s => s.Articles).SingleOrDefaultAsync(ct);
}
