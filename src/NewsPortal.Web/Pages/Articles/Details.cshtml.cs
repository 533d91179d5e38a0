using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Search;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Articles;

[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db, IArticleIndex index) : PageModel
{
    public ArticlePage Article { get; private set; } = null!;
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    /// <summary>The body, one list of runs per paragraph; a run's mark is its figure's index in <see cref="Figures"/>.</summary>
    public IReadOnlyList<IReadOnlyList<MarkedRun>> Body { get; private set; } = [];
    /// <summary>The whole page text, with this article's pieces marked.</summary>
    public IReadOnlyList<MarkedRun> OnThePage { get; private set; } = [];
    /// <summary>Entities by kind, in the order of <see cref="EntityKind"/>; kinds the article does not mention are left out.</summary>
    public IReadOnlyList<IGrouping<EntityKind, EntityMention>> Entities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        // The index keeps what the page shows beside each article: no round trip to PostgreSQL, which is asked only
        // when the index does not hold the article's record (being rebuilt, or the article not indexed yet).
        var article = IndexedArticlePage.Find(index, id) ?? await db.ArticlePageAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        Figures = article.Figures.ConvertAll(f => f.Row);
        Body = MarkedText.Lines(MarkedText.Mark(article.Body, FigureRanges(article.Body, article.Figures)));
        OnThePage = MarkedText.Mark(article.Edition.RawText, ProvenanceRanges(article.Paragraphs));
        Entities = [.. article.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key)];
        return Page();
    }

    public string? FigureTitle(int index) =>
        string.Join(" · ", new[] { Figures[index].Measure, Figures[index].Subject, Figures[index].Period }
            .Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The [start, length] spans of the raw page text that the article's paragraphs came from.</summary>
    private static List<MarkRange> ProvenanceRanges(List<ParagraphSource> paragraphs)
    {
        var ranges = new List<MarkRange>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var span in paragraph.Spans)
            {
                if (span.Length == 2)
                {
                    ranges.Add(new MarkRange(span[0], span[1], 0));
                }
            }
        }
        return ranges;
    }

    /// <summary>Where each figure sits in the body: at its offset when the text there matches, else at its first occurrence.</summary>
    private static List<MarkRange> FigureRanges(string body, List<FigureInBody> figures)
    {
        var ranges = new List<MarkRange>(figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            var (span, offset) = (figures[i].Row.Span, figures[i].Offset);
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
                ranges.Add(new MarkRange(start, end - start, i));
            }
        }
        return ranges;
    }
}
