using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>
/// Newest first, undated last, as one key that descends: (publication date, or -infinity when there is none;
/// id). It is the expression of the index ix_articles_newest, so a page of the list is an index range, and a deep
/// page starts from a known key rather than counting the rows before it.
/// </summary>
public static class ArticleOrder
{
    public static readonly DateOnly Undated = DateOnly.MinValue;

    public static IOrderedQueryable<Article> Newest(IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedOn ?? Undated).ThenByDescending(a => a.Id);

    /// <summary>The articles at and after <paramref name="key"/> in the newest-first order.</summary>
    public static IQueryable<Article> From(IQueryable<Article> articles, ArticleKey key) =>
        articles.Where(a => EF.Functions.LessThanOrEqual(ValueTuple.Create(a.PublishedOn ?? Undated, a.Id), ValueTuple.Create(key.Date, key.Id)));
}

/// <summary>Where an article stands in the newest-first order.</summary>
public readonly record struct ArticleKey(DateOnly Date, long Id);
