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

namespace NewsPortal.Web.Pages.Districts;

/// <summary>One district: its articles, the clusters reported alongside it, and its figures over time.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db) : PageModel
{
    public const int MeasureWindow = 500;
    public const int MeasurePoints = 200;

    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;
    /// <summary>The measure whose values the chart follows over time.</summary>
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }

    public string Name { get; private set; } = "";
    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public IReadOnlyList<EntityCount> Clusters { get; private set; } = [];
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<string> Measures { get; private set; } = [];
    public Chart Trend { get; private set; } = null!;
    public Chart? MeasureChart { get; private set; }
    public FilterSelect MeasureSelect => new("measure", "指标", FilterSelect.Plain(Measures), Measure, AllLabel: null);

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (await db.EntityIdAsync(EntityKind.District, name, ct) is not { } id)
        {
            return NotFound();
        }
        Name = name;
        var filter = new ArticleFilter(District: name);
        Articles = await db.ListAsync(filter, PageNumber, 10, ct);
        Clusters = await db.AlongsideAsync(EntityKind.District, name, EntityKind.Cluster, 15, ct);
        var figures = db.NewestIn(id);
        Figures = await figures.Take(30).Select(FigureRow.FromMetric).ToListAsync(ct);
        // The measures of the district's newest figures: a bounded window, however much the papers said before.
        Measures = await figures.Take(MeasureWindow).Where(m => m.Measure != null).GroupBy(m => m.Measure!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).ToListAsync(ct);
        var months = await db.MonthlyAsync(id, ct);
        Trend = new Chart("district-trend", $"每月提及{name}的文章数", [.. months.Select(m => m.Month)], [.. months.Select(m => (decimal)m.Articles)], "bar", "篇");

        Measure = Measures.Contains(Measure) ? Measure : Measures.FirstOrDefault();
        if (Measure is not null)
        {
            // The newest points of the measure, drawn oldest first.
            var points = (await db.NewestIn(id, Measure).Where(m => m.Article.PublishedOn != null)
                .Take(MeasurePoints).Select(FigureRow.FromMetric).ToListAsync(ct)).AsEnumerable().Reverse().ToList();
            MeasureChart = new Chart("district-measure", $"{name}：{Measure}（按刊发日期）",
                [.. points.Select(p => $"{p.PublishedOn:yyyy-MM-dd} {p.Period}".Trim())],
                [.. points.Select(p => p.BaseValue ?? p.Value)], "line", points.FirstOrDefault()?.BaseUnit ?? points.FirstOrDefault()?.Unit);
        }
        return Page();
    }
}
