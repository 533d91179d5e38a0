using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>Every reported figure, filtered and sorted from the query string, exportable as CSV.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db, FigureChoices choices, NarrowFigures narrow) : PageModel
{
    public const int PageSize = 50;
    public const int CsvLimit = 100_000;

    [BindProperty(SupportsGet = true)] public string? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cluster { get; set; }
    [BindProperty(SupportsGet = true)] public string? Family { get; set; }
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public Paged<FigureRow> Figures { get; private set; } = null!;
    public FigureOptions Options { get; private set; } = null!;

    /// <summary>The chosen measure over periods for the chosen district or cluster, when both are chosen.</summary>
    public Chart? MeasureChart { get; private set; }

    public bool CanDrawMeasure => !string.IsNullOrEmpty(Measure) && (!string.IsNullOrEmpty(District) || !string.IsNullOrEmpty(Cluster));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var wanted = Filter();
        // One district or cluster and one measure: the entity, its count of the measure's figures, the corpus version,
        // its page and its chart in one statement, the page and chart ranges of the maintained list.
        var one = wanted.OneEntityMeasure
            ? await db.EntityMeasurePageAsync(wanted.OneEntityKind, wanted.OneEntityName, wanted.CanonicalMeasure, PageNumber, ct)
            : null;
        long version = one?.Version ?? (await db.TotalsAsync(ct)).Version;
        if (wanted.OneEntityMeasure)
        {
            Figures = new(one?.Rows ?? [], new Paging(Paging.Clamp(PageNumber), PageSize, one?.Figures ?? 0));
            MeasureChart = MeasureOverPeriods.DrawAll(one?.Points ?? [], District ?? Cluster!, Measure!);
        }
        else if (wanted.Narrow)
        {
            // A measure's figures are few: read (and kept) once, then counted, paged and charted here.
            var rows = await narrow.RowsAsync(db, version, wanted, ct);
            var counted = Paging.Counted(rows.Count, PageNumber, PageSize);
            Figures = new([.. rows.Skip(counted.Skip).Take(PageSize)], counted);
            if (CanDrawMeasure)
            {
                MeasureChart = rows.Count <= Paging.CountCap
                    ? MeasureOverPeriods.DrawAll(rows, District ?? Cluster!, Measure!)
                    : await MeasureOverPeriods.DrawAsync((await wanted.ResolveAsync(db, ct)).Filter(db.Metrics.AsNoTracking()), District ?? Cluster!, Measure!, ct);
            }
        }
        else
        {
            var filter = await wanted.ResolveAsync(db, ct);
            var paging = await Paging.CountCapped(filter.Filter(db.Metrics.AsNoTracking()), PageNumber, PageSize, ct);
            Figures = new(await filter.Apply(db.Metrics.AsNoTracking()).Skip(paging.Skip).Take(PageSize).Select(FigureRow.FromMetric).ToListAsync(ct), paging);
        }
        Options = await choices.GetAsync(db, version, Family, ct);
    }

    public IReadOnlyList<FilterSelect> Selects =>
    [
        new("district", "区县", FilterSelect.Plain(Options.Districts), District),
        new("cluster", "产业集群", FilterSelect.Plain(Options.Clusters), Cluster),
        new("family", "指标类别", FilterSelect.Plain(Options.Families), Family),
        new("measure", "指标", FilterSelect.Plain(Options.Measures), Measure),
        new("kind", "类型", FilterSelect.Of<FigureKind>(), Kind),
        new("status", "状态", FilterSelect.Of<FigureStatus>(), Status),
        new("period", "时期", FilterSelect.Plain(Options.Periods), Period),
        new("sort", "排序", FigureFilter.Sorts, Sort ?? "newest", AllLabel: null),
    ];

    /// <summary>The same rows as the table, all pages, as a CSV download.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var wanted = Filter();
        if (wanted.OneEntityMeasure)
        {
            return new FigureCsvResult((response, chunkBytes, token) =>
                EntityFigureCsv.WriteAsync(db, wanted.OneEntityKind, wanted.OneEntityName, wanted.CanonicalMeasure, response, chunkBytes, token));
        }
        if (wanted.Narrow && await narrow.RowsAsync(db, (await db.TotalsAsync(ct)).Version, wanted, ct) is { Count: <= Paging.CountCap } all)
        {
            return new FigureCsvResult(all);
        }
        var rows = await (await wanted.ResolveAsync(db, ct)).Apply(db.Metrics.AsNoTracking()).Take(CsvLimit).Select(FigureRow.FromMetric).ToListAsync(ct);
        return new FigureCsvResult(rows);
    }

    private FigureFilter Filter() => new(District, Cluster, Measure,
        Labels.Parse<FigureKind>(Kind), Labels.Parse<FigureStatus>(Status), Period, Sort, Family);

}
