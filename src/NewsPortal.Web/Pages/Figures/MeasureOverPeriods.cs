using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Model;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>One measure of one district or cluster over the periods it was reported for, each point linked to its article.</summary>
public static class MeasureOverPeriods
{
    public const int MaxPoints = 200;

    /// <param name="figures">Figures already filtered to the measure and the district or cluster.</param>
    public static async Task<Chart?> DrawAsync(IQueryable<Metric> figures, string subject, string measure, CancellationToken ct)
    {
        var points = await figures
            .OrderBy(m => m.Article.PublishedOn == null).ThenBy(m => m.Article.PublishedOn).ThenBy(m => m.Period).ThenBy(m => m.Id)
            .Take(MaxPoints)
            .Select(FigureRow.FromMetric)
            .ToListAsync(ct);
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
