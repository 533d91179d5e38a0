using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Topics;
using NewsPortal.Web.Pages.Trends;

namespace NewsPortal.Web.Pages.Compare;

/// <summary>Two districts, clusters or industries side by side: articles per month, what they are reported with, shared measures, recent articles.</summary>
public sealed record Comparison(ComparedSide A, ComparedSide B, TrendSeries Months, IReadOnlyList<SharedMeasure> SharedMeasures)
{
    public const int Top = 8;
    public const int Recent = 5;
    public const int MaxMeasures = 12;

    /// <summary>The kinds a comparison takes.</summary>
    public static bool Comparable(TopicFilter topic) =>
        topic.Kind is Core.Pages.EntityKind.District or Core.Pages.EntityKind.Cluster or Core.Pages.EntityKind.Industry;

    /// <summary>Counts from the index (one pass per side plus one for the monthly totals); shared measures from PostgreSQL.</summary>
    public static async Task<Comparison> BuildAsync(
        IArticleStatistics statistics, NewsPortalDbContext db, TopicFilter a, TopicFilter b, CancellationToken ct)
    {
        var months = TrendSeries.Build(statistics, [(a.Label, a.Request), (b.Label, b.Request)]);
        var sideA = Side(statistics, a);
        var sideB = Side(statistics, b);
        var shared = await SharedMeasuresAsync(db, a, b, ct);
        return new Comparison(sideA, sideB, months, shared);
    }

    private static ComparedSide Side(IArticleStatistics statistics, TopicFilter topic)
    {
        var summary = statistics.Summarize(topic.Request, entitiesPerKind: Top + 1, newest: Recent);
        IReadOnlyList<FacetValue> TopOf(string field) =>
            [.. (summary.Entities.GetValueOrDefault(field) ?? []).Where(v => !(field == topic.Field && v.Value == topic.Name)).Take(Top)];
        return new ComparedSide(topic, summary.Total, TopOf("cluster"), TopOf("industry"), TopOf("district"), summary.Newest);
    }

    /// <summary>
    /// The measures both sides have figures for, most reported first, with each side's latest value: a join of the two
    /// entities' rows of entity_measure_stats (maintained per entity and measure, so the same few hundred rows at any
    /// corpus size), then the newest figures by id.
    /// </summary>
    private static async Task<IReadOnlyList<SharedMeasure>> SharedMeasuresAsync(NewsPortalDbContext db, TopicFilter a, TopicFilter b, CancellationToken ct)
    {
        var pairs = await (
            from sa in db.EntityMeasureStats
            where sa.Entity.Kind == a.Kind && sa.Entity.Name == a.Name
            join sb in db.EntityMeasureStats on sa.Measure equals sb.Measure
            where sb.Entity.Kind == b.Kind && sb.Entity.Name == b.Name
            select new { sa.Measure, FiguresA = sa.Figures, FiguresB = sb.Figures, LatestA = sa.LatestMetricId, LatestB = sb.LatestMetricId })
            .ToListAsync(ct);
        var shared = pairs.OrderByDescending(p => p.FiguresA + p.FiguresB).ThenBy(p => p.Measure, StringComparer.Ordinal).Take(MaxMeasures).ToList();
        if (shared.Count == 0)
        {
            return [];
        }
        var ids = shared.SelectMany(p => new[] { p.LatestA, p.LatestB }).Distinct().ToList();
        var latest = await db.Metrics.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, Figure = new LatestFigure(m.Span, m.BaseValue ?? m.Value, m.BaseValue != null ? m.BaseUnit : m.Unit, m.Period, m.Article.PublishedOn, m.ArticleId) })
            .ToDictionaryAsync(r => r.Id, r => r.Figure, ct);
        return [.. shared.Select(p => new SharedMeasure(p.Measure,
            new MeasureSide(p.FiguresA, latest.GetValueOrDefault(p.LatestA)),
            new MeasureSide(p.FiguresB, latest.GetValueOrDefault(p.LatestB))))];
    }
}

public sealed record ComparedSide(
    TopicFilter Topic, int Total, IReadOnlyList<FacetValue> TopClusters, IReadOnlyList<FacetValue> TopIndustries,
    IReadOnlyList<FacetValue> TopDistricts, IReadOnlyList<SearchHit> Recent);

public sealed record SharedMeasure(string Measure, MeasureSide A, MeasureSide B);

public sealed record MeasureSide(int Figures, LatestFigure? Latest);

public sealed record LatestFigure(string Span, decimal Value, string? Unit, string? Period, DateOnly? PublishedOn, long ArticleId);
