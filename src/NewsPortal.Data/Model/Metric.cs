using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Model;

/// <summary>A figure an article reports, verbatim and normalised, as stored: one row of <c>metrics</c> per Core <see cref="Figure"/> (docs/architecture.md, "One name per concept").</summary>
public sealed class Metric
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Span { get; set; }
    public int Offset { get; set; }
    public decimal Value { get; set; }
    public required string Unit { get; set; }
    public decimal? BaseValue { get; set; }
    public string? BaseUnit { get; set; }
    public string? Measure { get; set; }
    /// <summary>How the figure was qualified where printed (近, 约, 以上, 预计), kept apart from the measure.</summary>
    public string? Qualifier { get; set; }
    /// <summary>The measure's family (产值, 投资, 增速, 数量…), one per figure.</summary>
    public string? Family { get; set; }
    /// <summary>The subject as printed (district, company, cluster...).</summary>
    public string? Subject { get; set; }
    public long? SubjectEntityId { get; set; }
    public Entity? SubjectEntity { get; set; }
    public string? Period { get; set; }
    public FigureKind Kind { get; set; }
    public FigureStatus Status { get; set; }
}
