using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>Counts the pages show, read from the maintained aggregates rather than counted.</summary>
public static class CorpusQueries
{
    private static readonly CorpusTotals Empty = new() { Id = CorpusTotals.RowId };

    // Compiled once: these keyed reads run on nearly every page, where looking the expression up in EF's query cache
    // (hashing the tree, evaluating its captured values) cost more than the read itself.
    private static readonly Func<NewsPortalDbContext, CancellationToken, Task<CorpusTotals?>> Totals =
        EF.CompileAsyncQuery((NewsPortalDbContext db, CancellationToken ct) =>
            db.CorpusTotals.AsNoTracking().SingleOrDefault(t => t.Id == CorpusTotals.RowId));

    private static readonly Func<NewsPortalDbContext, EntityKind, string, CancellationToken, Task<long?>> EntityId =
        EF.CompileAsyncQuery((NewsPortalDbContext db, EntityKind kind, string name, CancellationToken ct) =>
            db.Entities.AsNoTracking().Where(e => e.Kind == kind && e.Name == name).Select(e => (long?)e.Id).SingleOrDefault());

    private static readonly Func<NewsPortalDbContext, long, CancellationToken, Task<int>> ArticleCount =
        EF.CompileAsyncQuery((NewsPortalDbContext db, long entityId, CancellationToken ct) =>
            db.EntityStats.AsNoTracking().Where(s => s.EntityId == entityId).Select(s => s.Articles).SingleOrDefault());

    /// <summary>The corpus' totals (one row by key).</summary>
    public static async Task<CorpusTotals> TotalsAsync(this NewsPortalDbContext db, CancellationToken ct) =>
        await Totals(db, ct) ?? Empty;

    /// <summary>The id of the entity of this kind and name, or null.</summary>
    public static Task<long?> EntityIdAsync(this NewsPortalDbContext db, EntityKind kind, string name, CancellationToken ct) =>
        EntityId(db, kind, name, ct);

    /// <summary>Articles that mention the entity (maintained), 0 when none.</summary>
    public static Task<int> ArticleCountAsync(this NewsPortalDbContext db, long entityId, CancellationToken ct) =>
        ArticleCount(db, entityId, ct);
}
