using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>An entity and how many articles speak of it, how often (<paramref name="Mentions"/> 0: not counted).</summary>
public sealed record EntityCount(string Name, int Articles, int Mentions);

public static class EntityQueries
{
    /// <summary>Co-mentions are counted over an entity's newest articles, at most this many: a bounded cost at any corpus size.</summary>
    public const int AlongsideWindow = 500;

    /// <summary>Entities of one kind, most-mentioned first (maintained counts); optionally only names containing <paramref name="contains"/>.</summary>
    public static async Task<List<EntityCount>> TopAsync(
        this NewsPortalDbContext db, EntityKind kind, int take, CancellationToken ct, string? contains = null)
    {
        var stats = db.EntityStats.AsNoTracking().Where(s => s.Kind == kind && s.Articles > 0);
        if (!string.IsNullOrWhiteSpace(contains))
        {
            stats = stats.Where(s => s.Entity.Name.Contains(contains));
        }
        return await stats
            .OrderByDescending(s => s.Articles).ThenByDescending(s => s.Mentions).ThenBy(s => s.Entity.Name)
            .Take(take)
            .Select(s => new EntityCount(s.Entity.Name, s.Articles, s.Mentions))
            .ToListAsync(ct);
    }

    /// <summary>Entities of one kind that appear in the same articles as the given one, among its newest <see cref="AlongsideWindow"/>.</summary>
    public static async Task<List<EntityCount>> AlongsideAsync(
        this NewsPortalDbContext db, EntityKind kind, string name, EntityKind otherKind, int take, CancellationToken ct) =>
        await db.EntityIdAsync(kind, name, ct) is { } id ? await db.AlongsideAsync(id, otherKind, take, ct) : [];

    /// <summary>The same, for the entity of this id.</summary>
    public static async Task<List<EntityCount>> AlongsideAsync(
        this NewsPortalDbContext db, long id, EntityKind otherKind, int take, CancellationToken ct)
    {
        var recent = db.ArticleEntities
            .Where(l => l.EntityId == id)
            .OrderByDescending(l => l.PublishedOn).ThenByDescending(l => l.ArticleId)
            .Take(AlongsideWindow)
            .Select(l => l.ArticleId);
        var counts = await db.ArticleEntities.AsNoTracking()
            .Where(ae => recent.Contains(ae.ArticleId) && ae.EntityId != id && ae.Entity.Kind == otherKind)
            .GroupBy(ae => ae.Entity.Name)
            .Select(g => new { Name = g.Key, Articles = g.Count(), Mentions = g.Sum(ae => ae.Mentions) })
            .OrderByDescending(c => c.Articles).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name)
            .Take(take)
            .ToListAsync(ct);
        return [.. counts.Select(c => new EntityCount(c.Name, c.Articles, c.Mentions))];
    }

    public static Task<bool> ExistsAsync(this NewsPortalDbContext db, EntityKind kind, string name, CancellationToken ct) =>
        db.Entities.AsNoTracking().AnyAsync(e => e.Kind == kind && e.Name == name, ct);
}
