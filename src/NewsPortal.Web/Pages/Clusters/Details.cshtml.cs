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
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Pages.Clusters;

/// <summary>One cluster: where it sits in the system, the articles and figures about it, its districts and its trend.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db, ClusterCatalog catalog, TopicPanels panels) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public string Name { get; private set; } = "";
    public ClusterInfo? Info { get; private set; }
    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<EntityCount> Districts { get; private set; } = [];
    public Chart Trend { get; private set; } = null!;
    public TopicPanel? Panel { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        Info = catalog.Find(name);
        Name = Info?.Name ?? name;
        var page = await db.EntityPageAsync(EntityKind.Cluster, Name, PageNumber, measure: null, measures: false, ct);
        if (Info is null && page is null)
        {
            return NotFound();
        }
        if (page is null)
        {
            // In the catalogue, never reported: nothing to count.
            Articles = new([], new Paging(1, 10, 0));
            Trend = new Chart("cluster-trend", $"每月提及“{Name}”的文章数", [], [], "bar", "篇");
            return Page();
        }
        Articles = new(page.Cards, new Paging(Paging.Clamp(PageNumber), EntityPageQuery.PageSize, page.Articles));
        // One pass over the index gives the topic panel, the monthly trend and the districts named alongside.
        Panel = panels.For(new TopicFilter(EntityKind.Cluster, Name));
        Districts = Panel.Alongside(EntityKind.District, 15);
        Trend = new Chart("cluster-trend", $"每月提及“{Name}”的文章数", [.. Panel.Months.Select(m => m.Month)], [.. Panel.Months.Select(m => (decimal)m.Articles)], "bar", "篇");
        Figures = page.Figures;
        return Page();
    }
}
