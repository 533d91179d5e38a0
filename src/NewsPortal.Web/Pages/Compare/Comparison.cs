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
        IArticleStatistics statistics, NewsPortalDbContext db, SharedMeasureCache cache, TopicFilter a, TopicFilter b, CancellationToken ct)
    {
        var months = TrendSeries.Build(statistics, [(a.Label, a.Request), (b.Label, b.Request)]);
        var sideA = Side(statistics, a);
        var sideB = Side(statistics, b);
        var shared = await cache.GetAsync(db, a, b, () => SharedMeasuresAsync(db, a, b, ct), ct);
        return new Comparison(sideA, sideB, months, shared);
    }

    private static ComparedSide Side(IArticleStatistics statistics, TopicFilter topic)
    {
        var summary = statistics.Summarize(topic.Request, entitiesPerKind: Top + 1, newest: Recent);
        IReadOnlyList<FacetValue> TopOf(string field) =>
            [.. (summary.Entities.GetValueOrDefault(field) ?? []).Where(v => !(field == topic.Field && v.Value == topic.Name)).Take(Top)];
        return new ComparedSide(topic, summary.Total, TopOf("cluster"), TopOf("industry"), TopOf("district"), summary.Newest);
    }

    /// <summary>The measures both sides have figures for, most reported first, with each side's latest value.</summary>
    private static async Task<IReadOnlyList<SharedMeasure>> SharedMeasuresAsync(NewsPortalDbContext db, TopicFilter a, TopicFilter b, CancellationToken ct)
    {
        var countsA = await CountsAsync(db, a, ct);
        var countsB = await CountsAsync(db, b, ct);
        var shared = countsA.Keys.Intersect(countsB.Keys, StringComparer.Ordinal)
            .OrderByDescending(m => countsA[m] + countsB[m]).ThenBy(m => m, StringComparer.Ordinal)
            .Take(MaxMeasures).ToList();
        if (shared.Count == 0)
        {
            return [];
        }
        var latestA = await LatestAsync(db, a, shared, ct);
        var latestB = await LatestAsync(db, b, shared, ct);
        return [.. shared.Select(m => new SharedMeasure(m,
            new MeasureSide(countsA[m], latestA.GetValueOrDefault(m)),
            new MeasureSide(countsB[m], latestB.GetValueOrDefault(m))))];
    }

    private static async Task<Dictionary<string, int>> CountsAsync(NewsPortalDbContext db, TopicFilter topic, CancellationToken ct)
    {
        var rows = await About(db, topic).GroupBy(f => f.Measure).Select(g => new { Measure = g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Measure, r => r.Count, StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, LatestFigure>> LatestAsync(NewsPortalDbContext db, TopicFilter topic, List<string> measures, CancellationToken ct)
    {
        var newest = await About(db, topic).Where(f => measures.Contains(f.Measure))
            .OrderByDescending(f => f.PublishedOn).ThenByDescending(f => f.Id)
            .Take(500).ToListAsync(ct);
        var ids = newest.GroupBy(f => f.Measure, StringComparer.Ordinal).Select(g => g.First().Id).ToList();
        var rows = await db.Metrics.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Measure, Figure = new LatestFigure(m.Span, m.BaseValue ?? m.Value, m.BaseValue != null ? m.BaseUnit : m.Unit, m.Period, m.Article.PublishedOn, m.ArticleId) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Measure!, r => r.Figure, StringComparer.Ordinal);
    }

    /// <summary>
    /// Figures with a measure about the entity, or in articles that speak of it (as the figure table's district and cluster
    /// filters), each once: those of the articles naming it (the link index, which carries the publication date) and then
    /// those whose subject it is in articles that do not name it. A UNION ALL of two indexed look-ups, with no hash of every
    /// figure's id to take out the doubles and no join to the articles for the date.
    /// </summary>
    private static IQueryable<AboutFigure> About(NewsPortalDbContext db, TopicFilter topic)
    {
        var entity = db.Entities.Where(e => e.Kind == topic.Kind && e.Name == topic.Name).Select(e => e.Id);
        var inArticles =
            from link in db.ArticleEntities
            where entity.Contains(link.EntityId)
            join m in db.Metrics on link.ArticleId equals m.ArticleId
            where m.Measure != null
            select new AboutFigure { Id = m.Id, Measure = m.Measure!, PublishedOn = link.PublishedOn };
        var subjectElsewhere = db.Metrics
            .Where(m => m.Measure != null && m.SubjectEntityId != null && entity.Contains(m.SubjectEntityId.Value)
                && !db.ArticleEntities.Any(l => l.ArticleId == m.ArticleId && l.EntityId == m.SubjectEntityId))
            .Select(m => new AboutFigure { Id = m.Id, Measure = m.Measure!, PublishedOn = m.Article.PublishedOn });
        return inArticles.Concat(subjectElsewhere);
    }

    /// <summary>A figure of a side (a member-initialised type: EF translates a UNION ALL of those, not of constructor calls).</summary>
    private sealed class AboutFigure
    {
        public long Id { get; init; }
        public string Measure { get; init; } = "";
        public DateOnly? PublishedOn { get; init; }
    }
}

public sealed record ComparedSide(
    TopicFilter Topic, int Total, IReadOnlyList<FacetValue> TopClusters, IReadOnlyList<FacetValue> TopIndustries,
    IReadOnlyList<FacetValue> TopDistricts, IReadOnlyList<SearchHit> Recent);

public sealed record SharedMeasure(string Measure, MeasureSide A, MeasureSide B);

public sealed record MeasureSide(int Figures, LatestFigure? Latest);

public sealed record LatestFigure(string Span, decimal Value, string? Unit, string? Period, DateOnly? PublishedOn, long ArticleId);
