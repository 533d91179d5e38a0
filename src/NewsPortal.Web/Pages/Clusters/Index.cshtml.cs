using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Entities;

namespace NewsPortal.Web.Pages.Clusters;

/// <summary>The 33618 system tier by tier, the national clusters, and how often the papers speak of each.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db, ClusterCatalog catalog) : PageModel
{
    public IReadOnlyList<Tier> Tiers { get; private set; } = [];
    /// <summary>Clusters the papers name that the catalog does not list.</summary>
    public IReadOnlyList<EntityCount> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = (await db.TopAsync(EntityKind.Cluster, 1000, ct)).ToDictionary(c => c.Name);
        Tiers = catalog.All
            .GroupBy(c => (c.System, c.Tier))
            .Select(g => new Tier(g.Key.System, g.Key.Tier, g
                .Select(c => new Row(c, counts.GetValueOrDefault(c.Name)?.Articles ?? 0))
                .ToList()))
            .ToList();
        Others = counts.Values.Where(c => catalog.Find(c.Name) is null).ToList();
    }

    public sealed record Tier(string System, string Name, IReadOnlyList<Row> Clusters);

    public sealed record Row(ClusterInfo Cluster, int Articles);
}
