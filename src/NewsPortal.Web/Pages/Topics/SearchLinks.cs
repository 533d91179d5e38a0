using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>Links to the search page for a query, filters and a date range: where every count of a trend or histogram leads.</summary>
public static class SearchLinks
{
    public static string For(string? query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters, DateOnly? from = null, DateOnly? to = null) =>
        "/search" + QueryString(query, filters, from, to);

    /// <summary>The query string the search page, its exports and its feed all read.</summary>
    public static string QueryString(string? query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters, DateOnly? from = null, DateOnly? to = null)
    {
        var builder = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(query))
        {
            builder.Add("q", query.Trim());
        }
        foreach (var (key, values) in filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            foreach (string value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                builder.Add(key, value);
            }
        }
        if (from is { } f)
        {
            builder.Add("from", Day(f));
        }
        if (to is { } t)
        {
            builder.Add("to", Day(t));
        }
        return builder.ToQueryString().Value ?? "";
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first and last day of a yyyy-MM month.</summary>
    public static (DateOnly From, DateOnly To) Month(string month)
    {
        // The index writes months as yyyy-MM: read those directly (a search page draws dozens); anything else the strict parse judges.
        var first = month.Length == 7 && month[4] == '-'
            && int.TryParse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1
            && int.TryParse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= 12
            ? new DateOnly(year, number, 1)
            : DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>Every month from the first to the last given (yyyy-MM), gaps filled, for a continuous time axis.</summary>
    public static IReadOnlyList<string> MonthsBetween(IEnumerable<string> months)
    {
        var known = months.Order(StringComparer.Ordinal).ToList();
        if (known.Count == 0)
        {
            return [];
        }
        var all = new List<string>();
        for (var month = Month(known[0]).From; string.CompareOrdinal(Key(month), known[^1]) <= 0; month = month.AddMonths(1))
        {
            all.Add(Key(month));
        }
        return all;
    }

    public static string Key(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
