using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>Article lists that several pages share (home, districts, clusters, people, the API).</summary>
public static class ArticleQueries
{
    /// <summary>Drop-downs list at most this many values.</summary>
    public const int ChoiceLimit = 300;

    /// <summary>
    /// One page of the filtered list. The total comes from the maintained counts when the filter is one entity or
    /// nothing; deep pages of the whole list seek through <paramref name="keys"/> when given.
    /// </summary>
    public static async Task<Paged<ArticleCard>> ListAsync(
        this NewsPortalDbContext db, ArticleFilter filter, int page, int pageSize, CancellationToken ct, ArticlePageKeys? keys = null)
    {
        var entityIds = new List<long>();
        foreach (var (kind, name) in filter.Entities)
        {
            if (await db.EntityIdAsync(kind, name, ct) is not { } id)
            {
                return new([], new Paging(1, pageSize, 0));
            }
            entityIds.Add(id);
        }
        return await db.ListAsync(filter, entityIds, page, pageSize, ct, keys);
    }

    /// <summary>
    /// The same, with the filter's entities already looked up (<paramref name="entityIds"/>, in the order of
    /// <see cref="ArticleFilter.Entities"/>).
    /// </summary>
    public static async Task<Paged<ArticleCard>> ListAsync(
        this NewsPortalDbContext db, ArticleFilter filter, IReadOnlyList<long> entityIds, int page, int pageSize, CancellationToken ct,
        ArticlePageKeys? keys = null)
    {
        var articles = db.Articles.AsNoTracking();
        var query = filter.Apply(articles, entityIds);
        long version = 0;
        int total;
        if (filter.OnlyEntities && entityIds.Count == 0)
        {
            var totals = await db.TotalsAsync(ct);
            (total, version) = (totals.Articles, totals.Version);
        }
        else if (filter.OnlyEntities && entityIds.Count == 1)
        {
            total = await db.ArticleCountAsync(entityIds[0], ct);
        }
        else
        {
            total = await filter.Filter(articles, entityIds).CountAsync(ct);
        }
        var paging = new Paging(Paging.Clamp(page), pageSize, total);
        var skip = paging.Skip;
        if (keys is not null && filter.Newest && filter.OnlyEntities && entityIds.Count == 0
            && await keys.SeekAsync(db, version, skip, ct) is { } seek)
        {
            (query, skip) = (ArticleOrder.Newest(ArticleOrder.From(articles, seek.Key)), seek.Skip);
        }
        var items = await query.Skip(skip).Take(pageSize).Select(ArticleCard.FromArticle).ToListAsync(ct);
        return new(await db.WithDistrictsAsync(items, ct), paging);
    }

    /// <summary>
    /// Each card's most-mentioned districts (ties: the district first stored), read for the page's articles by their
    /// links' key: one short query, where a per-card subquery became a window over every district link in the database.
    /// </summary>
    public static async Task<IReadOnlyList<ArticleCard>> WithDistrictsAsync(this NewsPortalDbContext db, IReadOnlyList<ArticleCard> cards, CancellationToken ct)
    {
        if (cards.Count == 0)
        {
            return cards;
        }
        var ids = cards.Select(c => c.Id).ToArray();
        var links = await db.ArticleEntities.AsNoTracking()
            .Where(l => ids.Contains(l.ArticleId) && l.Entity.Kind == EntityKind.District)
            .Select(l => new { l.ArticleId, l.EntityId, l.Entity.Name, l.Mentions })
            .ToListAsync(ct);
        var districts = links.GroupBy(l => l.ArticleId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.OrderByDescending(l => l.Mentions).ThenBy(l => l.EntityId).Take(ArticleCard.DistrictCount).Select(l => l.Name).ToList());
        return [.. cards.Select(c => districts.TryGetValue(c.Id, out var names) ? c with { Districts = names } : c)];
    }

    /// <summary>Names of one kind of entity that at least one article mentions, for filter drop-downs (the most mentioned, in name order).</summary>
    public static async Task<List<string>> EntityNamesAsync(this NewsPortalDbContext db, EntityKind kind, CancellationToken ct)
    {
        var names = await db.EntityStats.AsNoTracking()
            .Where(s => s.Kind == kind && s.Articles > 0)
            .OrderByDescending(s => s.Articles).ThenByDescending(s => s.Mentions)
            .Take(ChoiceLimit)
            .Select(s => s.Entity.Name)
            .ToListAsync(ct);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The distinct sources, by a skip scan of their index.</summary>
    public static Task<List<string>> SourcesAsync(this NewsPortalDbContext db, CancellationToken ct) =>
        db.ListAsync(DistinctValues.ArticleSources, ct);
}
