using Microsoft.AspNetCore.Mvc;
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

namespace NewsPortal.Web.Pages.Clusters;

/// <summary>One cluster: where it sits in the system, the articles and figures about it, its districts and its trend.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db, ClusterCatalog catalog, EntityDigests digests) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public string Name { get; private set; } = "";
    public ClusterInfo? Info { get; private set; }
    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<EntityCount> Districts { get; private set; } = [];
    public Chart Trend { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        Info = catalog.Find(name);
        Name = Info?.Name ?? name;
        var id = await db.EntityIdAsync(EntityKind.Cluster, Name, ct);
        if (Info is null && id is null)
        {
            return NotFound();
        }
        if (id is not { } cluster)
        {
            // In the catalogue, never reported: nothing to count.
            Articles = new([], new Paging(1, 10, 0));
            Trend = new Chart("cluster-trend", $"每月提及“{Name}”的文章数", [], [], "bar", "篇");
            return Page();
        }
        Articles = await db.ListAsync(new ArticleFilter(Cluster: Name), [cluster], PageNumber, 10, ct);
        // Everything else changes only when pages are ingested: kept per corpus version.
        var digest = await digests.GetAsync(db, (await db.TotalsAsync(ct)).Version, cluster, EntityKind.District, 15, measures: false, ct);
        Figures = digest.Figures;
        Districts = digest.Alongside;
        Trend = new Chart("cluster-trend", $"每月提及“{Name}”的文章数", [.. digest.Months.Select(m => m.Month)], [.. digest.Months.Select(m => (decimal)m.Articles)], "bar", "篇");
        return Page();
    }
}
