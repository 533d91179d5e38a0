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

namespace NewsPortal.Web.Pages.Districts;

/// <summary>One district: its articles, the clusters reported alongside it, and its figures over time.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db, TopicPanels panels) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;
    /// <summary>The measure whose values the chart follows over time.</summary>
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }

    public string Name { get; private set; } = "";
    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public IReadOnlyList<EntityCount> Clusters { get; private set; } = [];
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<string> Measures { get; private set; } = [];
    public Chart Trend { get; private set; } = null!;
    public TopicPanel Panel { get; private set; } = null!;
    public Chart? MeasureChart { get; private set; }
    public FilterSelect MeasureSelect => new("measure", "指标", FilterSelect.Plain(Measures), Measure, AllLabel: null);

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (await db.EntityPageAsync(EntityKind.District, name, PageNumber, Measure, measures: true, ct) is not { } page)
        {
            return NotFound();
        }
        Name = name;
        Articles = new(page.Cards, new Paging(Paging.Clamp(PageNumber), EntityPageQuery.PageSize, page.Articles));
        // One pass over the index gives the topic panel, the monthly trend and the clusters named alongside.
        Panel = panels.For(new TopicFilter(EntityKind.District, name));
        Clusters = Panel.Alongside(EntityKind.Cluster, 15);
        Trend = new Chart("district-trend", $"每月提及{name}的文章数", [.. Panel.Months.Select(m => m.Month)], [.. Panel.Months.Select(m => (decimal)m.Articles)], "bar", "篇");
        Figures = page.Figures;
        Measures = page.Measures;
        Measure = page.Measure;
        if (Measure is not null)
        {
            // The newest points of the measure, drawn oldest first.
            var points = page.Points;
            MeasureChart = new Chart("district-measure", $"{name}：{Measure}（按刊发日期）",
                [.. points.Select(p => $"{p.PublishedOn:yyyy-MM-dd} {p.Period}".Trim())],
                [.. points.Select(p => p.BaseValue ?? p.Value)], "line", points.FirstOrDefault()?.BaseUnit ?? points.FirstOrDefault()?.Unit);
        }
        return Page();
    }
}
