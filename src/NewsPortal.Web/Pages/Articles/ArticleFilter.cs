using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>The article list's filters and order, as they come from the query string.</summary>
public sealed record ArticleFilter(
    string? District = null,
    string? Cluster = null,
    string? Industry = null,
    string? Source = null,
    ArticleKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Sort = null,
    string? Organization = null,
    string? Person = null)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
        [("newest", "最新在前"), ("oldest", "最早在前"), ("title", "按标题"), ("figures", "数据最多")];

    /// <summary>The entities the list must mention, by kind and name (looked up once, then filtered by id).</summary>
    public IReadOnlyList<(EntityKind Kind, string Name)> Entities =>
        new (EntityKind Kind, string? Name)[]
        {
            (EntityKind.District, District), (EntityKind.Cluster, Cluster), (EntityKind.Industry, Industry),
            (EntityKind.Organization, Organization), (EntityKind.Person, Person),
        }
        .Where(e => !string.IsNullOrEmpty(e.Name))
        .Select(e => (e.Kind, e.Name!))
        .ToList();

    /// <summary>No filter but entities: the count is the entity's maintained article count.</summary>
    public bool OnlyEntities => string.IsNullOrEmpty(Source) && Kind is null && From is null && To is null;

    /// <summary>The default order, newest first: the one deep pages seek in (see <see cref="ArticlePageKeys"/>).</summary>
    public bool Newest => Sort is null or "" or "newest";

    /// <summary>Filters by the entities' ids (<see cref="Entities"/>, resolved) and the other fields, then orders.</summary>
    public IQueryable<Article> Apply(IQueryable<Article> articles, IReadOnlyList<long> entityIds) => Order(Filter(articles, entityIds));

    public IQueryable<Article> Filter(IQueryable<Article> articles, IReadOnlyList<long> entityIds)
    {
        foreach (var id in entityIds)
        {
            articles = articles.Where(a => a.Entities.Any(e => e.EntityId == id));
        }
        if (!string.IsNullOrEmpty(Source))
        {
            articles = articles.Where(a => a.Source == Source);
        }
        if (Kind is { } kind)
        {
            articles = articles.Where(a => a.Kind == kind);
        }
        if (From is { } from)
        {
            articles = articles.Where(a => a.PublishedOn >= from);
        }
        if (To is { } to)
        {
            articles = articles.Where(a => a.PublishedOn <= to);
        }
        return articles;
    }

    private IQueryable<Article> Order(IQueryable<Article> articles) =>
        Sort switch
        {
            "oldest" => articles.OrderBy(a => a.PublishedOn == null).ThenBy(a => a.PublishedOn).ThenBy(a => a.Id),
            "title" => articles.OrderBy(a => a.Title).ThenBy(a => a.Id),
            "figures" => articles.OrderByDescending(a => a.FigureCount).ThenByDescending(a => a.Id),
            _ => ArticleOrder.Newest(articles),
        };
}
