using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Industries;

/// <summary>
/// Articles and counts of canonical industries (entries of the industry vocabulary), for the industry pages and
/// for any page that lists an industry's articles.
/// </summary>
public static class IndustryQueries
{
    /// <summary>The articles that speak of canonical industry <paramref name="industry"/>, newest first, one page.</summary>
    public static Task<Paged<ArticleCard>> IndustryArticlesAsync(this NewsPortalDbContext db, string industry, int page, int pageSize, CancellationToken ct) =>
        db.ListAsync(new ArticleFilter(Industry: industry), page, pageSize, ct);

    /// <summary>How many articles speak of each canonical industry, by name.</summary>
    public static async Task<Dictionary<string, EntityCount>> IndustryCountsAsync(this NewsPortalDbContext db, CancellationToken ct) =>
        (await db.TopAsync(EntityKind.Industry, 1000, ct)).ToDictionary(c => c.Name, StringComparer.Ordinal);
}
