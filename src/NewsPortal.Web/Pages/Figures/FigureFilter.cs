using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;

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

    public IQueryable<Metric> Apply(IQueryable<Metric> metrics) => Order(Filter(metrics));

    /// <summary>A district or cluster filter matches figures about it, or figures in articles that speak of it.</summary>
    public IQueryable<Metric> Filter(IQueryable<Metric> metrics)
    {
        metrics = About(metrics, EntityKind.District, District);
        metrics = About(metrics, EntityKind.Cluster, Cluster);
        metrics = About(metrics, EntityKind.Industry, Industry);
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
        _ => metrics.OrderBy(m => m.Article.PublishedOn == null).ThenByDescending(m => m.Article.PublishedOn).ThenBy(m => m.ArticleId).ThenBy(m => m.Offset),
    };

    private static IQueryable<Metric> About(IQueryable<Metric> metrics, EntityKind kind, string? name) =>
        string.IsNullOrEmpty(name)
            ? metrics
            : metrics.Where(m =>
                (m.SubjectEntity != null && m.SubjectEntity.Kind == kind && m.SubjectEntity.Name == name) ||
                m.Article.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name));
}
