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

    /// <summary>Filters, then orders.</summary>
    public IQueryable<Article> Apply(IQueryable<Article> articles) => Order(Filter(articles));

    public IQueryable<Article> Filter(IQueryable<Article> articles)
    {
        articles = Mentioning(articles, EntityKind.District, District);
        articles = Mentioning(articles, EntityKind.Cluster, Cluster);
        articles = Mentioning(articles, EntityKind.Industry, Industry);
        articles = Mentioning(articles, EntityKind.Organization, Organization);
        articles = Mentioning(articles, EntityKind.Person, Person);
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
            "figures" => articles.OrderByDescending(a => a.Metrics.Count).ThenByDescending(a => a.Id),
            // Undated articles last, whichever the direction (PostgreSQL sorts NULL first when descending).
            _ => articles.OrderBy(a => a.PublishedOn == null).ThenByDescending(a => a.PublishedOn).ThenBy(a => a.EditionId).ThenBy(a => a.Position),
        };

    private static IQueryable<Article> Mentioning(IQueryable<Article> articles, EntityKind kind, string? name) =>
        string.IsNullOrEmpty(name)
            ? articles
            : articles.Where(a => a.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name));
}
