using System.Text.Json;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Pages;

public sealed class ParserOutputJsonTests
{
    private static readonly ParsedPage Page = new(
        "p.txt",
        "text",
        new EditionInfo("某报", new DateOnly(2024, 12, 18), "电头", null),
        [
            new ParsedArticle
            {
                Title = "标题",
                Kind = ArticleKind.Interview,
                Paragraphs = [new Paragraph("第一段", [new TextSpan(10, 3), new TextSpan(20, 1)])],
                Entities = ArticleEntities.Empty with { Districts = [new EntityMention("涪陵区", 2)] },
                IndustriesAsPrinted = ["材料产业"],
                Figures = [new Figure { Span = "5亿元", Offset = 4, Value = 5m, Unit = "亿元", BaseValue = 500000000m, Kind = FigureKind.Amount, Status = FigureStatus.Target }],
            },
        ],
        [new ParseWarning("code", "message")]);

    [Fact]
    public void Names_are_camel_case_in_the_schemas_order()
    {
        using var json = JsonDocument.Parse(ParserOutputJson.Write(Page));
        var article = json.RootElement.GetProperty("articles")[0];

        Assert.Equal(["file", "edition", "articles", "warnings"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["paper", "date", "dateBasis", "page"], json.RootElement.GetProperty("edition").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["title", "subtitles", "kind", "source", "dateline", "reporters", "eventDate", "complete", "continued", "body", "paragraphs",
             "districts", "clusters", "industries", "canonicalIndustries", "organizations", "people", "metrics"],
            article.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["span", "offset", "value", "unit", "baseValue", "baseUnit", "measure", "qualifier", "family", "subject", "period", "kind", "status"],
            article.GetProperty("metrics")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Kinds_are_lower_case_words_dates_iso_and_spans_start_length_pairs()
    {
        using var json = JsonDocument.Parse(ParserOutputJson.Write(Page));
        var article = json.RootElement.GetProperty("articles")[0];
        var metric = article.GetProperty("metrics")[0];

        Assert.Equal("2024-12-18", json.RootElement.GetProperty("edition").GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("edition").GetProperty("page").ValueKind);
        Assert.Equal("interview", article.GetProperty("kind").GetString());
        Assert.Equal(("amount", "target"), (metric.GetProperty("kind").GetString(), metric.GetProperty("status").GetString()));
        Assert.Equal(500000000m, metric.GetProperty("baseValue").GetDecimal());
        Assert.Equal("[[10,3],[20,1]]", article.GetProperty("paragraphs")[0].GetProperty("spans").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal(["涪陵区"], article.GetProperty("districts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("第一段", article.GetProperty("body").GetString());
    }

    [Fact]
    public void Chinese_text_is_written_as_it_is_not_escaped()
    {
        var text = ParserOutputJson.Write(Page);

        Assert.Contains("\"title\": \"标题\"", text);
        Assert.DoesNotContain("\\u", text);
    }
}
