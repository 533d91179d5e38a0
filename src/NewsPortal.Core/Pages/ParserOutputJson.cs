using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsPortal.Core.Pages;

/// <summary>Writes a parsed page in the "Parser output" shape of the gold SCHEMA (camelCase).</summary>
public static class ParserOutputJson
{
    // The generated options, with Chinese text left readable rather than \u-escaped (an encoder has no attribute).
    private static readonly ParserOutputJsonContext Context = new(new JsonSerializerOptions(ParserOutputJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static string Write(ParsedPage page) => JsonSerializer.Serialize(ToOutput(page), Context.ParserOutput);

    private static ParserOutput ToOutput(ParsedPage page) => new(
        page.FileName,
        new EditionOutput(page.Edition.Paper, page.Edition.Date, page.Edition.DateBasis, page.Edition.PageNumber),
        [.. page.Articles.Select(ToOutput)],
        [.. page.Warnings.Select(w => new WarningOutput(w.Code, w.Message, w.Offset))]);

    private static ArticleOutput ToOutput(ParsedArticle a) => new(
        a.Title, a.Subtitles, a.Kind, a.Source, a.Dateline, a.Reporters, a.EventDate, a.Complete, a.Continued, a.Body,
        [.. a.Paragraphs.Select(p => new ParagraphOutput(p.Text, [.. p.Spans.Select(s => new[] { s.Start, s.Length })]))],
        Names(a.Entities.Districts),
        Names(a.Entities.Clusters),
        a.IndustriesAsPrinted,
        Names(a.Entities.Industries),
        Names(a.Entities.Organizations),
        Names(a.Entities.People),
        [.. a.Figures.Select(ToOutput)]);

    private static MetricOutput ToOutput(Figure f) => new(
        f.Span, f.Offset, f.Value, f.Unit, f.BaseValue, f.BaseUnit, f.Measure, f.Qualifier, f.Family, f.Subject, f.Period, f.Kind, f.Status);

    private static string[] Names(IEnumerable<EntityMention> mentions) => [.. mentions.Select(m => m.Name)];
}
