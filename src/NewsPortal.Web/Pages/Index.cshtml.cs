using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages;

/// <summary>The front page: a search box and what is newest and most talked about.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db) : PageModel
{
    public int ArticleCount { get; private set; }
    public int EditionCount { get; private set; }
    public int FigureCount { get; private set; }
    public IReadOnlyList<EditionLine> Editions { get; private set; } = [];
    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];
    public IReadOnlyList<EntityCount> Districts { get; private set; } = [];
    public IReadOnlyList<EntityCount> Clusters { get; private set; } = [];
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var totals = await db.TotalsAsync(ct);
        (ArticleCount, EditionCount, FigureCount) = (totals.Articles, totals.Editions, totals.Figures);
        if (ArticleCount == 0)
        {
            return;
        }
        Editions = await db.Editions.AsNoTracking()
            .OrderBy(e => e.PublishedOn == null).ThenByDescending(e => e.PublishedOn).ThenByDescending(e => e.IngestedAt)
            .Take(6)
            .Select(e => new EditionLine(e.Id, e.Paper, e.PageNumber, e.PublishedOn, e.Articles.Count))
            .ToListAsync(ct);
        Articles = (await db.ListAsync(new ArticleFilter(), 1, 8, ct)).Items;
        Districts = await db.TopAsync(EntityKind.District, 10, ct);
        Clusters = await db.TopAsync(EntityKind.Cluster, 10, ct);
        // The figures of the newest articles that report any: a few rows by index, not an order over every figure.
        var newest = ArticleOrder.Newest(db.Articles.Where(a => a.FigureCount > 0)).Take(8).Select(a => a.Id);
        Figures = await new FigureFilter().Apply(db.Metrics.AsNoTracking().Where(m => newest.Contains(m.ArticleId)))
            .Take(8).Select(FigureRow.FromMetric).ToListAsync(ct);
    }

    public sealed record EditionLine(long Id, string? Paper, int? PageNumber, DateOnly? PublishedOn, int Articles);
}
