using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Aggregates;

namespace NewsPortal.Data.Tests;

/// <summary>One row of entity_figures, as maintained or as recounted.</summary>
public sealed record FigureAboutRow(long EntityId, string Measure, DateOnly Day, long ArticleId, int Offset, long MetricId);

/// <summary>One row of entity_figure_exports (a district's or cluster's figure with its CSV line and its chart's columns), as maintained or as recounted.</summary>
public sealed record FigureExportRow(long EntityId, string Measure, DateOnly Day, long ArticleId, int Offset, long MetricId,
    string? Line, decimal Value, string Unit, decimal? BaseValue, string? BaseUnit, string? Period);

/// <summary>A figure's CSV line as <c>figure_csv_line</c> writes it from the figure, its article and its subject.</summary>
public sealed record FigureLine(long MetricId, string? Line);

/// <summary>One row of entity_measure_stats, as maintained or as recounted.</summary>
public sealed record MeasureRow(long EntityId, string Measure, int Figures, long LatestMetricId, DateOnly? LatestPublishedOn);

/// <summary>
/// entity_measure_stats counted again from the raw tables, plainly and in memory: every figure with a measure counts
/// once for each entity its article names and once for its subject (if the article does not name it); the newest is
/// the latest publication date (undated last), then the highest id.
/// </summary>
public static class MeasureRecount
{
    public static async Task<List<MeasureRow>> RecountAsync(NewsPortalDbContext db)
    {
        var links = (await db.ArticleEntities.Select(l => new { l.ArticleId, l.EntityId }).ToListAsync())
            .ToLookup(l => l.ArticleId, l => l.EntityId);
        var figures = await db.Metrics.Where(m => m.Measure != null)
            .Select(m => new { m.Id, m.ArticleId, Measure = m.Measure!, m.SubjectEntityId, m.Article.PublishedOn }).ToListAsync();
        var about = figures.SelectMany(f => links[f.ArticleId].Append(f.SubjectEntityId ?? 0).Where(e => e != 0).Distinct()
            .Select(entity => (Entity: entity, Figure: f)));
        return [.. about.GroupBy(x => (x.Entity, x.Figure.Measure))
            .Select(g =>
            {
                var newest = g.Select(x => x.Figure).OrderByDescending(f => f.PublishedOn ?? DateOnly.MinValue).ThenByDescending(f => f.Id).First();
                return new MeasureRow(g.Key.Entity, g.Key.Measure, g.Count(), newest.Id, newest.PublishedOn);
            })
            .OrderBy(r => r.EntityId).ThenBy(r => r.Measure, StringComparer.Ordinal)];
    }

    /// <summary>What the table holds once the logged changes are folded in.</summary>
    public static async Task<List<MeasureRow>> MaintainedAsync(NewsPortalDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync(CorpusStatistics.FoldSql);
        var rows = await db.EntityMeasureStats
            .Select(s => new MeasureRow(s.EntityId, s.Measure, s.Figures, s.LatestMetricId, s.LatestPublishedOn)).ToListAsync();
        return [.. rows.OrderBy(r => r.EntityId).ThenBy(r => r.Measure, StringComparer.Ordinal)];
    }

    /// <summary>
    /// entity_figures listed again from the raw tables: one row per figure with a measure and entity it is about (the
    /// same rule), for entities of the listed kinds (districts and clusters).
    /// </summary>
    public static async Task<List<FigureAboutRow>> FiguresRecountAsync(NewsPortalDbContext db)
    {
        var kinds = EntityFigureRows.ListedKinds.ToList();
        var listed = (await db.Entities.Where(e => kinds.Contains(e.Kind)).Select(e => e.Id).ToListAsync()).ToHashSet();
        var links = (await db.ArticleEntities.Select(l => new { l.ArticleId, l.EntityId }).ToListAsync())
            .ToLookup(l => l.ArticleId, l => l.EntityId);
        var figures = await db.Metrics.Where(m => m.Measure != null)
            .Select(m => new { m.Id, m.ArticleId, Measure = m.Measure!, m.Offset, m.SubjectEntityId, m.Article.PublishedOn }).ToListAsync();
        return [.. figures
            .SelectMany(f => links[f.ArticleId].Append(f.SubjectEntityId ?? 0).Where(listed.Contains).Distinct()
                .Select(entity => new FigureAboutRow(entity, f.Measure, f.PublishedOn ?? DateOnly.MinValue, f.ArticleId, f.Offset, f.Id)))
            .OrderBy(r => r.EntityId).ThenBy(r => r.MetricId)];
    }

    /// <summary>What entity_figures holds.</summary>
    public static async Task<List<FigureAboutRow>> FiguresMaintainedAsync(NewsPortalDbContext db)
    {
        var rows = await db.EntityFigures.Select(f => new FigureAboutRow(f.EntityId, f.Measure, f.Day, f.ArticleId, f.Offset, f.MetricId)).ToListAsync();
        return [.. rows.OrderBy(r => r.EntityId).ThenBy(r => r.MetricId)];
    }

    /// <summary>
    /// entity_figure_exports listed again: the recounted entity_figures rows of districts and clusters, with their
    /// figure's columns and its line read from the figure, its article and its subject (none for a title too long to keep).
    /// </summary>
    public static async Task<List<FigureExportRow>> ExportsRecountAsync(NewsPortalDbContext db)
    {
        var kinds = EntityFigureRows.ListedKinds.ToList();
        var exported = (await db.Entities.Where(e => kinds.Contains(e.Kind)).Select(e => e.Id).ToListAsync()).ToHashSet();
        var metrics = await db.Metrics.Select(m => new { m.Id, m.Article.Title, m.Value, m.Unit, m.BaseValue, m.BaseUnit, m.Period })
            .ToDictionaryAsync(m => m.Id);
        var lines = await db.Database.SqlQueryRaw<FigureLine>("""
            SELECT m.id AS metric_id, figure_csv_line(m.id, coalesce(a.published_on, '-infinity'::date)) AS line
            FROM metrics m JOIN articles a ON a.id = m.article_id
            """).ToDictionaryAsync(l => l.MetricId, l => l.Line);
        return [.. (await FiguresRecountAsync(db)).Where(f => exported.Contains(f.EntityId)).Select(f =>
        {
            var m = metrics[f.MetricId];
            string? line = System.Text.Encoding.UTF8.GetByteCount(m.Title) <= EntityFigureExports.TitleBytes ? lines[f.MetricId] : null;
            return new FigureExportRow(f.EntityId, f.Measure, f.Day, f.ArticleId, f.Offset, f.MetricId, line, m.Value, m.Unit,
                m.BaseValue, m.BaseUnit, m.Period);
        })];
    }

    /// <summary>What entity_figure_exports holds.</summary>
    public static async Task<List<FigureExportRow>> ExportsMaintainedAsync(NewsPortalDbContext db)
    {
        var rows = await db.Database.SqlQueryRaw<FigureExportRow>("""
            SELECT entity_id, measure, day, article_id, "offset", metric_id, line, value, unit, base_value, base_unit, period
            FROM entity_figure_exports
            """).ToListAsync();
        return [.. rows.OrderBy(r => r.EntityId).ThenBy(r => r.MetricId)];
    }

    /// <summary>Every row of entity_figure_exports as text, in key order, whatever its columns (to compare a table before and after a migration).</summary>
    public static async Task<List<string>> ExportsAsTextAsync(NewsPortalDbContext db) =>
        await db.Database.SqlQueryRaw<string>("""
            SELECT x::text AS "Value" FROM entity_figure_exports x
            ORDER BY x.entity_id, x.measure, x.day, x.article_id, x."offset", x.metric_id
            """).ToListAsync();
}
