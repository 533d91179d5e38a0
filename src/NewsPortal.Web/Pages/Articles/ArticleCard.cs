using System.Linq.Expressions;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>What a list shows of one article: the _ArticleCard partial renders it.</summary>
public sealed record ArticleCard(
    long Id,
    string Title,
    string? Subtitle,
    string? Source,
    DateOnly? PublishedOn,
    ArticleKind Kind,
    string Lead,
    IReadOnlyList<string> Districts,
    int Figures)
{
    public const int LeadLength = 120;

    public static readonly Expression<Func<Article, ArticleCard>> FromArticle = a => new ArticleCard(
        a.Id,
        a.Title,
        a.Subtitles.Count > 0 ? a.Subtitles[0] : null,
        a.Source,
        a.PublishedOn,
        a.Kind,
        a.Body.Substring(0, LeadLength),
        a.Entities
            .Where(e => e.Entity.Kind == EntityKind.District)
            .OrderByDescending(e => e.Mentions)
            .Select(e => e.Entity.Name)
            .Take(3)
            .ToList(),
        a.FigureCount);
}
