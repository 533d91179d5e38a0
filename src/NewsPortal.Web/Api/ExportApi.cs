using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Api;

/// <summary>Every result of a search, with exactly the query and filters of its URL, streamed as CSV or JSON.</summary>
public static class ExportApi
{
    private const int FlushEvery = 500;

    public static void MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search/export.csv", Csv).WithName("ExportSearchCsv")
            .WithSummary("Every article matching a search (same parameters as the search page), in its order, as CSV (UTF-8 with BOM): id, published_on, source, title, url.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/search/export.json", Json).WithName("ExportSearchJson")
            .WithSummary("Every article matching a search, in its order, as JSON: { items: [...], total }.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static async Task Csv([AsParameters] SearchParameters parameters, HttpContext context, IArticleStatistics statistics)
    {
        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"search.csv\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(true), 16 * 1024);
        await writer.WriteAsync("id,published_on,source,title,url\r\n");
        int rows = 0;
        foreach (var row in statistics.List(parameters.ToRequest()))
        {
            await writer.WriteAsync(string.Join(',',
                row.ArticleId.ToString(CultureInfo.InvariantCulture),
                row.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                FigureCsv.Text(row.Source),
                FigureCsv.Text(row.Title),
                Permalink(context, row.ArticleId)) + "\r\n");
            if (++rows % FlushEvery == 0)
            {
                await writer.FlushAsync(context.RequestAborted);
            }
        }
    }

    private static async Task Json([AsParameters] SearchParameters parameters, HttpContext context, IArticleStatistics statistics)
    {
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        json.WriteStartObject();
        json.WriteString("query", parameters.Q ?? "");
        json.WriteStartArray("items");
        int rows = 0;
        foreach (var row in statistics.List(parameters.ToRequest()))
        {
            json.WriteStartObject();
            json.WriteNumber("id", row.ArticleId);
            json.WriteString("title", row.Title);
            if (row.Date is { } date)
            {
                json.WriteString("publishedOn", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("publishedOn");
            }
            json.WriteString("source", row.Source);
            json.WriteString("url", Permalink(context, row.ArticleId));
            json.WriteEndObject();
            if (++rows % FlushEvery == 0)
            {
                await json.FlushAsync(context.RequestAborted);
            }
        }
        json.WriteEndArray();
        json.WriteNumber("total", rows);
        json.WriteEndObject();
    }

    private static string Permalink(HttpContext context, long id) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/articles/{id.ToString(CultureInfo.InvariantCulture)}";
}
