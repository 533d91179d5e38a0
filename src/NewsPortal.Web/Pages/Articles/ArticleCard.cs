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

    /// <summary>The card without its districts: <see cref="ArticleQueries.WithDistrictsAsync"/> adds them for a page of cards at once.</summary>
    public static readonly Expression<Func<Article, ArticleCard>> FromArticle = a => new ArticleCard(
        a.Id,
        a.Title,
        a.Subtitles.Count > 0 ? a.Subtitles[0] : null,
        a.Source,
        a.PublishedOn,
        a.Kind,
        a.Body.Substring(0, LeadLength),
        Array.Empty<string>(),
        a.FigureCount);

    /// <summary>Districts a card names at most.</summary>
    public const int DistrictCount = 3;
}
