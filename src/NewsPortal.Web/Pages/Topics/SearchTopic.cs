using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using NewsPortal.Search;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>
/// The search page's view over time: its date histogram (the month facet, counted in the same pass as the other
/// facets), the date range in force, and the feed and exports of exactly this query and its filters.
/// </summary>
public sealed record SearchTopic(MonthHistogram Histogram, DateOnly? From, DateOnly? To, string ClearDatesHref, string FeedHref, string CsvHref, string JsonHref, string TrendHref)
{
    /// <summary>Parameters that are not the query or a filter: paging and page handlers.</summary>
    private static readonly string[] NotFilters = ["p", "handler"];

    public static SearchTopic For(HttpContext context, SearchRequest request, SearchResult result)
    {
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
        foreach (string key in NotFilters)
        {
            query.Remove(key);
        }
        string filtered = Build(query);
        // A month filter is counted sideways (as if off), so a bar's link replaces it with the bar's date range.
        var withoutDates = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(query);
        withoutDates.Remove("from");
        withoutDates.Remove("to");
        withoutDates.Remove(ArticleFields.Month);
        var months = (result.Facets.GetValueOrDefault(ArticleFields.Month) ?? []).OrderBy(m => m.Value, StringComparer.Ordinal);
        // The bars' links share everything but their dates (digits and dashes: nothing to encode), so that part is built once.
        var histogram = MonthHistogram.From("search-histogram", months, "/search" + Build(withoutDates));
        var clear = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(query);
        clear.Remove("from");
        clear.Remove("to");
        return new SearchTopic(
            histogram,
            request.From,
            request.To,
            "/search" + Build(clear),
            FeedLinks.Path + filtered,
            "/api/search/export.csv" + filtered,
            "/api/search/export.json" + filtered,
            "/trends" + SearchLinks.QueryString(request.Query, null));
    }

    private static string Build(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query)
    {
        var builder = new QueryBuilder();
        foreach (var (name, values) in query)
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
            {
                builder.Add(name, value!);
            }
        }
        return builder.ToQueryString().Value ?? "";
    }
}
