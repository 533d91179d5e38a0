using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Industries;

/// <summary>One canonical industry: where its entry comes from, its articles, districts, clusters and figures.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public IndustryEntry Industry { get; private set; } = null!;
    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<EntityCount> Districts { get; private set; } = [];
    /// <summary>Clusters the vocabulary maps onto this industry.</summary>
    public IReadOnlyList<string> Clusters { get; private set; } = [];
    /// <summary>Clusters the articles of this industry speak of.</summary>
    public IReadOnlyList<EntityCount> ClustersAlongside { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (IndustryVocabulary.Default.Find(name) is not { } industry)
        {
            return NotFound();
        }
        Industry = industry;
        Articles = await db.IndustryArticlesAsync(name, PageNumber, 10, ct);
        Figures = await new FigureFilter(Industry: name).Apply(db.Metrics.AsNoTracking())
            .Take(30).Select(FigureRow.FromMetric).ToListAsync(ct);
        Districts = await db.AlongsideAsync(EntityKind.Industry, name, EntityKind.District, 15, ct);
        ClustersAlongside = await db.AlongsideAsync(EntityKind.Industry, name, EntityKind.Cluster, 15, ct);
        Clusters = IndustryVocabulary.Default.ClustersOf(name);
        return Page();
    }
}
