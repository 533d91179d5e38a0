using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Editions;

/// <summary>One page as printed: its raw text with each article's pieces coloured, and links to the articles.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db) : PageModel
{
    /// <summary>How many colours the stylesheet has for article pieces (piece-0 … piece-7).</summary>
    public const int Colours = 8;

    public Edition Edition { get; private set; } = null!;
    public IReadOnlyList<Article> Articles { get; private set; } = [];
    /// <summary>The raw text; a run's mark is its article's colour (index in <see cref="Articles"/> modulo <see cref="Colours"/>).</summary>
    public IReadOnlyList<MarkedRun> Text { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking()
            .Include(e => e.Articles.OrderBy(a => a.Position))
            .SingleOrDefaultAsync(e => e.Id == id, ct);
        if (edition is null)
        {
            return NotFound();
        }
        Edition = edition;
        Articles = edition.Articles;
        Text = MarkedText.Mark(edition.RawText, Articles.SelectMany((article, index) => article.Paragraphs
            .SelectMany(p => p.Spans)
            .Where(s => s.Length == 2)
            .Select(s => new MarkRange(s[0], s[1], index % Colours))));
        return Page();
    }

    public static string Colour(int index) => $"piece piece-{index % Colours}";
}
