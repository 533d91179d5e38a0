using System.Linq.Expressions;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>One reported figure as tables, charts, the API and the CSV export show it: a <see cref="Metric"/> row with its article's title and date.</summary>
public sealed record FigureRow(
    long Id,
    long ArticleId,
    string ArticleTitle,
    DateOnly? PublishedOn,
    string Span,
    decimal Value,
    string Unit,
    decimal? BaseValue,
    string? BaseUnit,
    string? Measure,
    string? Subject,
    string? Period,
    FigureKind Kind,
    FigureStatus Status,
    string? Qualifier = null,
    string? Family = null)
{
    /// <summary>The canonical industry the measure names (传感器及仪器仪表产业产值 → 仪器仪表制造业), if any.</summary>
    public string? Industry => Measure is null ? null : IndustryVocabulary.Default.CanonicalOf(Measure);

    public static readonly Expression<Func<Metric, FigureRow>> FromMetric = m => new FigureRow(
        m.Id,
        m.ArticleId,
        m.Article.Title,
        m.Article.PublishedOn,
        m.Span,
        m.Value,
        m.Unit,
        m.BaseValue,
        m.BaseUnit,
        m.Measure,
        m.SubjectEntity != null ? m.SubjectEntity.Name : m.Subject,
        m.Period,
        m.Kind,
        m.Status,
        m.Qualifier,
        m.Family);

    /// <summary>The same projection for metric rows already in memory, compiled once.</summary>
    public static readonly Func<Metric, FigureRow> Of = FromMetric.Compile();
}

/// <summary>The figure table and what it should show besides the figures.</summary>
public sealed record FigureTable(IReadOnlyList<FigureRow> Rows, bool ShowArticle = true, bool Selectable = false);
