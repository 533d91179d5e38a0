using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>Article lists that several pages share (home, districts, clusters, people, the API).</summary>
public static class ArticleQueries
{
    public static async Task<Paged<ArticleCard>> ListAsync(
        this NewsPortalDbContext db, ArticleFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = filter.Apply(db.Articles.AsNoTracking());
        var paging = new Paging(Paging.Clamp(page), pageSize, await query.CountAsync(ct));
        var items = await query.Skip(paging.Skip).Take(pageSize).Select(ArticleCard.FromArticle).ToListAsync(ct);
        return new(items, paging);
    }

    /// <summary>Names of one kind of entity that at least one article mentions, for filter drop-downs.</summary>
    public static Task<List<string>> EntityNamesAsync(this NewsPortalDbContext db, EntityKind kind, CancellationToken ct) =>
        db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind && e.Articles.Any())
            .OrderBy(e => e.Name)
            .Select(e => e.Name)
            .ToListAsync(ct);

    public static Task<List<string>> SourcesAsync(this NewsPortalDbContext db, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Source != null)
            .Select(a => a.Source!)
            .Distinct()
            .OrderBy(s => s)
            .ToListAsync(ct);

    /// <summary>Articles per month (yyyy-MM) for trend charts.</summary>
    public static async Task<IReadOnlyList<(string Month, int Articles)>> MonthlyAsync(
        this NewsPortalDbContext db, ArticleFilter filter, CancellationToken ct)
    {
        var months = await filter.Filter(db.Articles.AsNoTracking())
            .Where(a => a.PublishedOn != null)
            .GroupBy(a => new { a.PublishedOn!.Value.Year, a.PublishedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);
        return months
            .OrderBy(m => m.Year).ThenBy(m => m.Month)
            .Select(m => ($"{m.Year:D4}-{m.Month:D2}", m.Count))
            .ToList();
    }
}
