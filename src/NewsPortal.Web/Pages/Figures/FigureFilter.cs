using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>The figure table's filters and order, from the query string.</summary>
public sealed record FigureFilter(
    string? District = null,
    string? Cluster = null,
    string? Measure = null,
    FigureKind? Kind = null,
    FigureStatus? Status = null,
    string? Period = null,
    string? Sort = null,
    string? Family = null,
    string? Industry = null)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
        [("newest", "最新在前"), ("value-desc", "数值从大到小"), ("value-asc", "数值从小到大"), ("measure", "按指标")];

    /// <summary>The district's id once <see cref="ResolveAsync"/> looked it up (-1: no such district).</summary>
    public long? DistrictId { get; init; }

    /// <summary>The cluster's id once <see cref="ResolveAsync"/> looked it up (-1: no such cluster).</summary>
    public long? ClusterId { get; init; }

    /// <summary>The industry's id once <see cref="ResolveAsync"/> looked it up (-1: no such industry).</summary>
    public long? IndustryId { get; init; }

    /// <summary>
    /// The entity links, once <see cref="ResolveAsync"/> ran. With a measure, whose index narrows the figures first,
    /// the filter probes the links' primary key by each figure's own article id: going through the article joined
    /// every article into a hash. Without one, the article's path walks the articles' index instead of the figures.
    /// </summary>
    public IQueryable<ArticleEntity>? Links { get; init; }

    public IQueryable<Metric> Apply(IQueryable<Metric> metrics) => Order(Filter(metrics));

    /// <summary>One measure: its figures are read through the measure's index, a bounded few per measure.</summary>
    public bool Narrow => !string.IsNullOrEmpty(Measure);

    /// <summary>
    /// One district or one cluster and one measure, nothing else, newest first: one range of entity_figures
    /// (<see cref="EntityMeasureFigures"/>), counted by entity_measure_stats.
    /// </summary>
    public bool OneEntityMeasure =>
        Narrow && string.IsNullOrEmpty(District) != string.IsNullOrEmpty(Cluster)
        && Kind is null && Status is null && string.IsNullOrEmpty(Period) && string.IsNullOrEmpty(Family)
        && string.IsNullOrEmpty(Industry) && Sort is null or "newest";

    public EntityKind OneEntityKind => string.IsNullOrEmpty(District) ? EntityKind.Cluster : EntityKind.District;

    public string OneEntityName => string.IsNullOrEmpty(District) ? Cluster! : District;

    /// <summary>The measure as figures store it.</summary>
    public string CanonicalMeasure => MeasureFamilies.Default.Canonical(Measure ?? "");

    /// <summary>The same filter with the district and cluster looked up once, so the query probes links by id.</summary>
    public async Task<FigureFilter> ResolveAsync(NewsPortalDbContext db, CancellationToken ct) => this with
    {
        DistrictId = string.IsNullOrEmpty(District) ? null : await db.EntityIdAsync(EntityKind.District, District, ct) ?? -1,
        ClusterId = string.IsNullOrEmpty(Cluster) ? null : await db.EntityIdAsync(EntityKind.Cluster, Cluster, ct) ?? -1,
        IndustryId = string.IsNullOrEmpty(Industry) ? null : await db.EntityIdAsync(EntityKind.Industry, Industry, ct) ?? -1,
        Links = db.ArticleEntities,
    };

    /// <summary>A district or cluster filter matches figures about it, or figures in articles that speak of it.</summary>
    public IQueryable<Metric> Filter(IQueryable<Metric> metrics)
    {
        metrics = DistrictId is { } district ? About(metrics, district) : About(metrics, EntityKind.District, District);
        metrics = ClusterId is { } cluster ? About(metrics, cluster) : About(metrics, EntityKind.Cluster, Cluster);
        metrics = IndustryId is { } industry ? About(metrics, industry) : About(metrics, EntityKind.Industry, Industry);
        if (!string.IsNullOrEmpty(Family))
        {
            metrics = metrics.Where(m => m.Family == Family);
        }
        if (!string.IsNullOrEmpty(Measure))
        {
            var measure = MeasureFamilies.Default.Canonical(Measure);
            metrics = metrics.Where(m => m.Measure == measure);
        }
        if (Kind is { } kind)
        {
            metrics = metrics.Where(m => m.Kind == kind);
        }
        if (Status is { } status)
        {
            metrics = metrics.Where(m => m.Status == status);
        }
        if (!string.IsNullOrEmpty(Period))
        {
            metrics = metrics.Where(m => m.Period == Period);
        }
        return metrics;
    }

    private IQueryable<Metric> Order(IQueryable<Metric> metrics) => Sort switch
    {
        "value-desc" => metrics.OrderByDescending(m => m.BaseValue ?? m.Value).ThenBy(m => m.Id),
        "value-asc" => metrics.OrderBy(m => m.BaseValue ?? m.Value).ThenBy(m => m.Id),
        "measure" => metrics.OrderBy(m => m.Measure).ThenBy(m => m.Article.PublishedOn == null).ThenByDescending(m => m.Article.PublishedOn).ThenBy(m => m.Id),
        // The articles' newest-first order (their index), then the figures in reading order.
        _ => metrics.OrderByDescending(m => m.Article.PublishedOn ?? ArticleOrder.Undated).ThenByDescending(m => m.ArticleId).ThenBy(m => m.Offset),
    };

    private IQueryable<Metric> About(IQueryable<Metric> metrics, long id) =>
        Links is { } links && !string.IsNullOrEmpty(Measure)
            ? metrics.Where(m => m.SubjectEntityId == id || links.Any(l => l.ArticleId == m.ArticleId && l.EntityId == id))
            : metrics.Where(m => m.SubjectEntityId == id || m.Article.Entities.Any(e => e.EntityId == id));

    private static IQueryable<Metric> About(IQueryable<Metric> metrics, EntityKind kind, string? name) =>
        string.IsNullOrEmpty(name)
            ? metrics
            : metrics.Where(m =>
                (m.SubjectEntity != null && m.SubjectEntity.Kind == kind && m.SubjectEntity.Name == name) ||
                m.Article.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name));
}
