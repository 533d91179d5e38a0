using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Articles;

[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    /// <summary>The body, one list of runs per paragraph; a run's mark is its figure's index in <see cref="Figures"/>.</summary>
    public IReadOnlyList<IReadOnlyList<MarkedRun>> Body { get; private set; } = [];
    /// <summary>The whole page text, with this article's pieces marked.</summary>
    public IReadOnlyList<MarkedRun> OnThePage { get; private set; } = [];
    public ILookup<EntityKind, ArticleEntity> Entities { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Edition)
            .Include(a => a.Entities).ThenInclude(e => e.Entity)
            .Include(a => a.Metrics).ThenInclude(m => m.SubjectEntity)
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        var metrics = article.Metrics.OrderBy(m => m.Offset).ToList();
        Figures = [.. metrics.Select(FigureRow.Of)];
        Body = MarkedText.Lines(MarkedText.Mark(article.Body, FigureRanges(article.Body, metrics)));
        OnThePage = MarkedText.Mark(article.Edition.RawText, article.Paragraphs
            .SelectMany(p => p.Spans)
            .Where(s => s.Length == 2)
            .Select(s => new MarkRange(s[0], s[1], 0)));
        Entities = article.Entities.OrderByDescending(e => e.Mentions).ToLookup(e => e.Entity.Kind);
        return Page();
    }

    public string? FigureTitle(int index) =>
        string.Join(" · ", new[] { Figures[index].Measure, Figures[index].Subject, Figures[index].Period }
            .Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Where each figure sits in the body: at its offset when the text there matches, else at its first occurrence.</summary>
    private static IEnumerable<MarkRange> FigureRanges(string body, IReadOnlyList<Metric> metrics)
    {
        for (var i = 0; i < metrics.Count; i++)
        {
            var (span, offset) = (metrics[i].Span, metrics[i].Offset);
            var start = offset >= 0 && offset + span.Length <= body.Length && string.CompareOrdinal(body, offset, span, 0, span.Length) == 0
                ? offset
                : body.IndexOf(span, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }
            // Mark the figure itself, not the spaces a span may carry at its ends.
            var end = start + span.Length;
            while (start < end && char.IsWhiteSpace(body[start]))
            {
                start++;
            }
            while (end > start && char.IsWhiteSpace(body[end - 1]))
            {
                end--;
            }
            if (end > start)
            {
                yield return new MarkRange(start, end - start, i);
            }
        }
    }
}
