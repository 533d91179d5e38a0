using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>An entity and how many articles speak of it, how often.</summary>
public sealed record EntityCount(string Name, int Articles, int Mentions);

public static class EntityQueries
{
    /// <summary>Entities of one kind, most-mentioned first; optionally only names containing <paramref name="contains"/>.</summary>
    public static async Task<List<EntityCount>> TopAsync(
        this NewsPortalDbContext db, EntityKind kind, int take, CancellationToken ct, string? contains = null)
    {
        var links = db.ArticleEntities.AsNoTracking().Where(ae => ae.Entity.Kind == kind);
        if (!string.IsNullOrWhiteSpace(contains))
        {
            links = links.Where(ae => ae.Entity.Name.Contains(contains));
        }
        return await CountAsync(links, take, ct);
    }

    /// <summary>Entities of one kind that appear in the same articles as the given one.</summary>
    public static Task<List<EntityCount>> AlongsideAsync(
        this NewsPortalDbContext db, EntityKind kind, string name, EntityKind otherKind, int take, CancellationToken ct) =>
        CountAsync(db.ArticleEntities.AsNoTracking()
            .Where(ae => ae.Entity.Kind == otherKind && !(ae.Entity.Kind == kind && ae.Entity.Name == name))
            .Where(ae => ae.Article.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name)), take, ct);

    private static async Task<List<EntityCount>> CountAsync(IQueryable<ArticleEntity> links, int take, CancellationToken ct)
    {
        var counts = await links
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
