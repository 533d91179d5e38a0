using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace NewsPortal.Core.Pages;

/// <summary>Writes a parsed page in the "Parser output" shape of the gold SCHEMA (camelCase).</summary>
public static class ParserOutputJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ParsedPage page) => ToNode(page).ToJsonString(Options);

    public static JsonObject ToNode(ParsedPage page) => new()
    {
        ["file"] = page.FileName,
        ["edition"] = new JsonObject
        {
            ["paper"] = page.Edition.Paper,
            ["date"] = page.Edition.Date?.ToString("yyyy-MM-dd"),
            ["dateBasis"] = page.Edition.DateBasis,
            ["page"] = page.Edition.PageNumber,
        },
        ["articles"] = new JsonArray(page.Articles.Select(Article).ToArray<JsonNode?>()),
        ["warnings"] = new JsonArray(page.Warnings
            .Select(w => (JsonNode?)new JsonObject { ["code"] = w.Code, ["message"] = w.Message, ["offset"] = w.Offset })
            .ToArray()),
    };

    private static JsonObject Article(ParsedArticle a) => new()
    {
        ["title"] = a.Title,
        ["subtitles"] = Strings(a.Subtitles),
        ["kind"] = a.Kind.ToString().ToLowerInvariant(),
        ["source"] = a.Source,
        ["dateline"] = a.Dateline,
        ["reporters"] = Strings(a.Reporters),
        ["eventDate"] = a.EventDate?.ToString("yyyy-MM-dd"),
        ["complete"] = a.Complete,
        ["continued"] = a.Continued,
        ["body"] = a.Body,
        ["paragraphs"] = new JsonArray(a.Paragraphs.Select(p => (JsonNode?)new JsonObject
        {
            ["text"] = p.Text,
            ["spans"] = new JsonArray(p.Spans.Select(s => (JsonNode?)new JsonArray(s.Start, s.Length)).ToArray()),
        }).ToArray()),
        ["districts"] = Names(a.Entities.Districts),
        ["clusters"] = Names(a.Entities.Clusters),
        ["industries"] = Strings(a.IndustriesAsPrinted),
        ["canonicalIndustries"] = Names(a.Entities.Industries),
        ["organizations"] = Names(a.Entities.Organizations),
        ["people"] = Names(a.Entities.People),
        ["metrics"] = new JsonArray(a.Figures.Select(f => (JsonNode?)new JsonObject
        {
            ["span"] = f.Span,
            ["offset"] = f.Offset,
            ["value"] = f.Value,
            ["unit"] = f.Unit,
            ["baseValue"] = f.BaseValue,
            ["baseUnit"] = f.BaseUnit,
            ["measure"] = f.Measure,
            ["qualifier"] = f.Qualifier,
            ["family"] = f.Family,
            ["subject"] = f.Subject,
            ["period"] = f.Period,
            ["kind"] = f.Kind.ToString().ToLowerInvariant(),
            ["status"] = f.Status.ToString().ToLowerInvariant(),
        }).ToArray()),
    };

    private static JsonArray Strings(IEnumerable<string> values) =>
        new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Names(IEnumerable<EntityMention> mentions) => Strings(mentions.Select(m => m.Name));
}
