using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Api;

public static class ArticlesApi
{
    public static void MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListAsync).WithName("ListArticles").WithSummary("Articles, filtered and paged like the /articles page.");
        api.MapGet("/articles/{id:long}", GetAsync).WithName("GetArticle").WithSummary("One article with its entities, figures and provenance spans.");
    }

    public sealed record ArticleQuery(
        string? District, string? Cluster, string? Industry, string? Source, string? Kind,
        DateOnly? From, DateOnly? To, string? Sort, string? Organization, string? Person, int? Page, int? PageSize);

    public sealed record EditionRef(long Id, string FileName, string? Paper, int? PageNumber, DateOnly? PublishedOn);

    public sealed record EntityRef(EntityKind Kind, string Name, int Mentions);

    public sealed record ParagraphRef(string Text, IReadOnlyList<int[]> Spans);

    public sealed record ArticleDetail(
        long Id, string Title, IReadOnlyList<string> Subtitles, ArticleKind Kind, string? Source, string? Dateline,
        IReadOnlyList<string> Reporters, DateOnly? EventDate, DateOnly? PublishedOn, bool Complete, string? Continued,
        IReadOnlyList<ParagraphRef> Paragraphs, EditionRef Edition, IReadOnlyList<EntityRef> Entities, IReadOnlyList<FigureRow> Figures);

    private static Task<Paged<ArticleCard>> ListAsync([AsParameters] ArticleQuery q, NewsPortalDbContext db, ArticlePageKeys keys, CancellationToken ct) =>
        db.ListAsync(
            new ArticleFilter(q.District, q.Cluster, q.Industry, q.Source, Labels.Parse<ArticleKind>(q.Kind), q.From, q.To, q.Sort, q.Organization, q.Person),
            q.Page ?? 1, Math.Clamp(q.PageSize ?? 20, 1, 100), ct, keys);

    private static async Task<Results<Ok<ArticleDetail>, NotFound>> GetAsync(long id, NewsPortalDbContext db, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(x => x.Edition)
            .Include(x => x.Entities).ThenInclude(e => e.Entity)
            .Include(x => x.Metrics).ThenInclude(m => m.SubjectEntity)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return TypedResults.NotFound();
        }
        var texts = a.Body.Split('\n');
        return TypedResults.Ok(new ArticleDetail(
            a.Id, a.Title, a.Subtitles, a.Kind, a.Source, a.Dateline, a.Reporters, a.EventDate, a.PublishedOn, a.Complete, a.Continued,
            [.. a.Paragraphs.OrderBy(p => p.Index).Select(p => new ParagraphRef(p.Index < texts.Length ? texts[p.Index] : "", p.Spans))],
            new EditionRef(a.Edition.Id, a.Edition.FileName, a.Edition.Paper, a.Edition.PageNumber, a.Edition.PublishedOn),
            [.. a.Entities.OrderBy(e => e.Entity.Kind).ThenByDescending(e => e.Mentions).Select(e => new EntityRef(e.Entity.Kind, e.Entity.Name, e.Mentions))],
            [.. a.Metrics.OrderBy(m => m.Offset).Select(FigureRow.Of)]));
    }
}
