using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Districts;

/// <summary>A map of Chongqing coloured by how much the papers say about each district.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> Measures = [("articles", "文章数"), ("figures", "数据项数")];

    /// <summary>What colours the map: "articles" or "figures".</summary>
    [BindProperty(SupportsGet = true)] public string? By { get; set; }

    public IReadOnlyList<DistrictRow> Rows { get; private set; } = [];
    public string MeasureLabel => Measures.FirstOrDefault(m => m.Key == By).Label ?? "文章数";
    public string MapValuesJson => DataAttribute.Json(Rows.Select(r => new { name = r.Name, value = Value(r) }));

    public async Task OnGetAsync(CancellationToken ct)
    {
        By = By == "figures" ? "figures" : "articles";
        Rows = await db.EntityStats.AsNoTracking()
            .Where(s => s.Kind == EntityKind.District && s.Articles > 0)
            .Select(s => new DistrictRow(s.Entity.Name, s.Articles, s.Figures))
            .ToListAsync(ct);
        Rows = [.. Rows.OrderByDescending(Value).ThenBy(r => r.Name)];
    }

    public int Value(DistrictRow row) => By == "figures" ? row.Figures : row.Articles;

    public sealed record DistrictRow(string Name, int Articles, int Figures);
}
