using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>Everything the article page shows: the article, its edition's raw text, its entities and its figures.</summary>
/// <param name="Entities">Most mentioned first.</param>
/// <param name="Figures">In reading order, each with the offset where it was printed in the body.</param>
public sealed record ArticlePage(
    long Id,
    string Title,
    List<string> Subtitles,
    ArticleKind Kind,
    string? Source,
    string? Dateline,
    List<string> Reporters,
    DateOnly? EventDate,
    DateOnly? PublishedOn,
    bool Complete,
    string? Continued,
    string Body,
    List<ParagraphSource> Paragraphs,
    EditionHeading Edition,
    List<EntityMention> Entities,
    List<FigureInBody> Figures);

/// <summary>The edition an article was printed in, and that page's raw text.</summary>
public sealed record EditionHeading(long Id, string? Paper, int? PageNumber, DateOnly? PublishedOn, string RawText);

/// <summary>An entity an article speaks of, this many times.</summary>
public sealed record EntityMention(EntityKind Kind, string Name, int Mentions);

/// <summary>A figure of the article and its offset in the body.</summary>
public sealed record FigureInBody(FigureRow Row, int Offset);

public static class ArticlePageQuery
{
    /// <summary>
    /// Compiled once: no expression-tree hashing or cache lookup per request; untracked; only the columns the page
    /// shows. Split into three statements (article with edition, entities, figures) so the raw text is not repeated
    /// on every entity and figure row.
    /// </summary>
    private static readonly Func<NewsPortalDbContext, long, CancellationToken, Task<ArticlePage?>> ById =
        EF.CompileAsyncQuery((NewsPortalDbContext db, long id, CancellationToken ct) => db.Articles
            .AsNoTracking()
            .AsSplitQuery()
            .Where(a => a.Id == id)
            .Select(a => new ArticlePage(
                a.Id,
                a.Title,
                a.Subtitles,
                a.Kind,
                a.Source,
                a.Dateline,
                a.Reporters,
                a.EventDate,
                a.PublishedOn,
                a.Complete,
                a.Continued,
                a.Body,
                a.Paragraphs,
                new EditionHeading(a.Edition.Id, a.Edition.Paper, a.Edition.PageNumber, a.Edition.PublishedOn, a.Edition.RawText),
                a.Entities
                    .OrderByDescending(e => e.Mentions).ThenBy(e => e.Entity.Name)
                    .Select(e => new EntityMention(e.Entity.Kind, e.Entity.Name, e.Mentions))
                    .ToList(),
                a.Metrics
                    .OrderBy(m => m.Offset).ThenBy(m => m.Id)
                    .Select(m => new FigureInBody(
                        new FigureRow(
                            m.Id,
                            m.ArticleId,
                            a.Title,
                            a.PublishedOn,
                            m.Span,
                            m.Value,
                            m.Unit,
                            m.BaseValue,
                            m.BaseUnit,
                            m.Measure,
                            m.SubjectEntity != null ? m.SubjectEntity.Name : m.Subject,
                            m.Period,
                            m.Kind,
                            m.Status,
                            m.Qualifier,
                            m.Family),
                        m.Offset))
                    .ToList()))
            .SingleOrDefault());

    public static Task<ArticlePage?> ArticlePageAsync(this NewsPortalDbContext db, long id, CancellationToken ct) =>
        ById(db, id, ct);
}
