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
            .Select(m => new FigurePoint(m.Id, m.ArticleId, m.Article.PublishedOn, m.Period, m.Value, m.Unit, m.BaseValue, m.BaseUnit))
            .ToListAsync(ct), subject, measure);

    /// <summary>The same chart from every figure of the filter, already read (in any order).</summary>
    public static Chart? DrawAll(IEnumerable<FigureRow> figures, string subject, string measure) =>
        DrawAll(figures.Select(FigurePoint.Of), subject, measure);

    /// <summary>The same chart from the figures' points (<see cref="EntityMeasureFigures.OldestAsync"/>), in any order.</summary>
    public static Chart? DrawAll(IEnumerable<FigurePoint> figures, string subject, string measure) =>
        Draw([.. figures
            .OrderBy(p => p.PublishedOn is null).ThenBy(p => p.PublishedOn)
            .ThenBy(p => p.Period is null).ThenBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Take(MaxPoints)], subject, measure);

    private static Chart? Draw(List<FigurePoint> points, string subject, string measure)
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

    private static string Label(FigurePoint p) =>
        p.Period is { Length: > 0 } period ? $"{period}（{p.PublishedOn:yyyy-MM-dd}）" : $"{p.PublishedOn:yyyy-MM-dd}";
}

/// <summary>One figure as the chart over periods draws and links it: no article title, so it is read without its article.</summary>
public sealed record FigurePoint(long Id, long ArticleId, DateOnly? PublishedOn, string? Period, decimal Value, string Unit, decimal? BaseValue, string? BaseUnit)
{
    public static FigurePoint Of(FigureRow r) => new(r.Id, r.ArticleId, r.PublishedOn, r.Period, r.Value, r.Unit, r.BaseValue, r.BaseUnit);
}
