using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The figures of one measure about one entity, read from entity_figures (maintained, keyed in the pages' order:
/// entity, measure, date, article, place): the figures page's table and CSV newest first, the charts by date, each
/// one range of the key; the count is entity_measure_stats'. Testing every figure of a common measure against the
/// entity's links had cost as much as the measure is common (工业投资, 13,236 figures at 100,000 articles: 450 ms
/// for the table, 800 ms for its chart).
/// </summary>
public static class EntityMeasureFigures
{
    /// <summary>The figures newest first (undated last), then by article and place: the figures page's order.</summary>
    public static Task<List<FigureRow>> NewestAsync(this NewsPortalDbContext db, long entityId, string measure, int skip, int take, CancellationToken ct) =>
        (from f in db.EntityFigures.AsNoTracking()
         where f.EntityId == entityId && f.Measure == measure
         join m in db.Metrics.AsNoTracking() on f.MetricId equals m.Id
         orderby f.Day descending, f.ArticleId descending, f.Offset
         select m)
        .Skip(skip).Take(take).Select(FigureRow.FromMetric).ToListAsync(ct);

    /// <summary>
    /// The first <paramref name="take"/> figures by date (undated last), then period, then id, as chart points: the
    /// figures page's chart (<see cref="MeasureOverPeriods.DrawAll(IEnumerable{FigurePoint}, string, string)"/> orders them
    /// so again). The date is the list's own, so only the figures' rows are read, not their articles.
    /// </summary>
    public static async Task<List<FigurePoint>> OldestAsync(this NewsPortalDbContext db, long entityId, string measure, int take, CancellationToken ct)
    {
        var about = from f in db.EntityFigures.AsNoTracking()
                    where f.EntityId == entityId && f.Measure == measure
                    join m in db.Metrics.AsNoTracking() on f.MetricId equals m.Id
                    select new { f.Day, Metric = m };
        // The first rows by date end on the date of the take-th row in the key's order: only the figures up to that
        // date are read and sorted by period, not all of the measure's (1,951 for 大足区 + 工业投资, 25 ms a chart).
        var fromTake = db.EntityFigures
            .Where(f => f.EntityId == entityId && f.Measure == measure && f.Day > DateOnly.MinValue)
            .OrderBy(f => f.Day).ThenBy(f => f.ArticleId).ThenBy(f => f.Offset)
            .Skip(take - 1).Select(f => (DateOnly?)f.Day);
        var rows = await about.Where(a => a.Day > DateOnly.MinValue && a.Day <= (fromTake.FirstOrDefault() ?? DateOnly.MaxValue))
            .OrderBy(a => a.Day).ThenBy(a => a.Metric.Period).ThenBy(a => a.Metric.Id)
            .Take(take)
            .Select(a => new FigurePoint(a.Metric.Id, a.Metric.ArticleId, a.Day, a.Metric.Period, a.Metric.Value, a.Metric.Unit, a.Metric.BaseValue, a.Metric.BaseUnit))
            .ToListAsync(ct);
        if (rows.Count < take)
        {
            rows.AddRange(await about.Where(a => a.Day == DateOnly.MinValue)
                .OrderBy(a => a.Metric.Period).ThenBy(a => a.Metric.Id)
                .Take(take - rows.Count)
                .Select(a => new FigurePoint(a.Metric.Id, a.Metric.ArticleId, null, a.Metric.Period, a.Metric.Value, a.Metric.Unit, a.Metric.BaseValue, a.Metric.BaseUnit))
                .ToListAsync(ct));
        }
        return rows;
    }
}

/// <summary>One figure as a chart over time draws it: its article's date, its period, its value.</summary>
public sealed record MeasurePoint(DateOnly PublishedOn, string? Period, decimal Value, string Unit, decimal? BaseValue, string? BaseUnit);
