using System.Globalization;
using System.Text;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>Figures as RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.</summary>
public static class FigureCsv
{
    private static readonly string[] Header =
        ["id", "article_id", "article_title", "published_on", "span", "value", "unit", "base_value", "base_unit", "measure", "subject", "period", "kind", "status", "qualifier", "family", "industry"];

    public static byte[] Write(IEnumerable<FigureRow> rows)
    {
        var csv = new StringBuilder();
        foreach (string line in Lines(rows))
        {
            csv.Append(line);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>The header, then one line per figure, each ending in CRLF.</summary>
    public static IEnumerable<string> Lines(IEnumerable<FigureRow> rows)
    {
        yield return string.Join(',', Header) + "\r\n";
        foreach (var r in rows)
        {
            yield return string.Join(',',
                r.Id.ToString(CultureInfo.InvariantCulture),
                r.ArticleId.ToString(CultureInfo.InvariantCulture),
                Text(r.ArticleTitle),
                r.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                Text(r.Span),
                r.Value.ToString(CultureInfo.InvariantCulture),
                Text(r.Unit),
                r.BaseValue?.ToString(CultureInfo.InvariantCulture) ?? "",
                Text(r.BaseUnit),
                Text(r.Measure),
                Text(r.Subject),
                Text(r.Period),
                r.Kind.ToString().ToLowerInvariant(),
                r.Status.ToString().ToLowerInvariant(),
                Text(r.Qualifier),
                Text(r.Family),
                Text(r.Industry)) + "\r\n";
        }
    }

    /// <summary>Quotes when needed, and defuses text a spreadsheet would run as a formula.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
