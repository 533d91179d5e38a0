namespace NewsPortal.Core.Pages;

// The "Parser output" shape of the gold SCHEMA (tests/gold/SCHEMA.md), property for property and in its order:
// score.py reads these files, so the shape is a contract of its own rather than whatever ParsedPage holds.

internal sealed record ParserOutput(string File, EditionOutput Edition, IReadOnlyList<ArticleOutput> Articles, IReadOnlyList<WarningOutput> Warnings);

internal sealed record EditionOutput(string? Paper, DateOnly? Date, string? DateBasis, int? Page);

internal sealed record WarningOutput(string Code, string Message, int? Offset);

internal sealed record ArticleOutput(
    string Title,
    IReadOnlyList<string> Subtitles,
    ArticleKind Kind,
    string? Source,
    string? Dateline,
    IReadOnlyList<string> Reporters,
    DateOnly? EventDate,
    bool Complete,
    string? Continued,
    string Body,
    IReadOnlyList<ParagraphOutput> Paragraphs,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Clusters,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> CanonicalIndustries,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> People,
    IReadOnlyList<MetricOutput> Metrics);

/// <summary>A paragraph's text and its spans of raw page text, each as <c>[start, length]</c>.</summary>
internal sealed record ParagraphOutput(string Text, IReadOnlyList<int[]> Spans);

internal sealed record MetricOutput(
    string Span,
    int Offset,
    decimal Value,
    string Unit,
    decimal? BaseValue,
    string? BaseUnit,
    string? Measure,
    string? Qualifier,
    string? Family,
    string? Subject,
    string? Period,
    FigureKind Kind,
    FigureStatus Status);
