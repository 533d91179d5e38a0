using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Model;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>One measure of one district or cluster over the periods it was reported for, each point linked to its article.</summary>
public static class MeasureOverPeriods
{
    public const int MaxPoints = 200;

    /// <param name="figures">Figures already filtered to the measure and the district or cluster.</param>
    public static async Task<Chart?> DrawAsync(IQueryable<Metric> figures, string subject, string measure, CancellationToken ct) =>
        Draw(await figures
            .OrderBy(m => m.Article.PublishedOn == null).ThenBy(m => m.Article.PublishedOn).ThenBy(m => m.Period).ThenBy(m => m.Id)
            .Take(MaxPoints)
            .Select(FigureRow.FromMetric)
            .ToListAsync(ct), subject, measure);

    /// <summary>The same chart from every figure of the filter, already read (in any order).</summary>
    public static Chart? DrawAll(IEnumerable<FigureRow> figures, string subject, string measure) =>
        Draw([.. figures
            .OrderBy(p => p.PublishedOn is null).ThenBy(p => p.PublishedOn)
            .ThenBy(p => p.Period is null).ThenBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Take(MaxPoints)], subject, measure);

    private static Chart? Draw(List<FigureRow> points, string subject, string measure)
    {
        if (points.Count == 0) return null;
        // Values are compared in one unit: the unit most of the points are in.
        var unit = points.GroupBy(p => p.BaseUnit ?? p.Unit).OrderByDescending(g => g.Count()).First().Key;
        points = [.. points.Where(p => (p.BaseUnit ?? p.Unit) == unit)];
        return new Chart("measure-chart", $"{subject}：{measure}（按时期）",
            [.. points.Select(Label)],
            [.. points.Select(p => p.BaseValue ?? p.Value)],
            "line", unit,
            [.. points.Select(p => $"/articles/{p.ArticleId}#figure-{p.Id}")]);
    }

    private static string Label(FigureRow p) =>
        p.Period is { Length: > 0 } period ? $"{period}（{p.PublishedOn:yyyy-MM-dd}）" : $"{p.PublishedOn:yyyy-MM-dd}";
}
