using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;

namespace NewsPortal.Web.Tests.Pages.Topics;

/// <summary>What the database says about an entity, computed independently of the search index.</summary>
internal static class TopicData
{
    /// <summary>The entities of a kind most articles name, most first.</summary>
    public static Task<List<string>> TopAsync(NewsPortalDbContext db, EntityKind kind, int take) =>
        db.ArticleEntities.Where(ae => ae.Entity.Kind == kind)
            .GroupBy(ae => ae.Entity.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key).Take(take).ToListAsync();

    public static IQueryable<NewsPortal.Data.Model.Article> Naming(NewsPortalDbContext db, EntityKind kind, string name) =>
        db.Articles.Where(a => a.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name));

    /// <summary>Articles per yyyy-MM of the date the index files them under (publication, else event date).</summary>
    public static async Task<Dictionary<string, int>> MonthsAsync(IQueryable<NewsPortal.Data.Model.Article> articles)
    {
        var dates = await articles.Select(a => a.PublishedOn ?? a.EventDate).Where(d => d != null).ToListAsync();
        return dates.GroupBy(d => d!.Value.ToString("yyyy-MM")).ToDictionary(g => g.Key, g => g.Count());
    }
}
