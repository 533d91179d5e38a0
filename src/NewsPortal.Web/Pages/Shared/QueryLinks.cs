using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>Links to the current page with one query-string parameter changed; state lives in the URL.</summary>
public static class QueryLinks
{
    /// <summary>Sets (or, with null, removes) one parameter; any change but paging goes back to page 1.</summary>
    public static string With(HttpRequest request, string key, string? value)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        if (!string.Equals(key, Paging.QueryKey, StringComparison.Ordinal))
        {
            query.Remove(Paging.QueryKey);
        }
        query.Remove("handler");
        if (string.IsNullOrEmpty(value))
        {
            query.Remove(key);
        }
        else
        {
            query[key] = value;
        }
        return Build(request, query);
    }

    /// <summary>Adds the value to a multi-valued parameter, or removes it when already there (see <see cref="QueryToggles"/>).</summary>
    public static string Toggle(HttpRequest request, string key, string value) => QueryToggles.Of(request).Toggle(key, value);

    public static bool Has(HttpRequest request, string key, string value) =>
        request.Query.TryGetValue(key, out var values) && values.Contains(value);

    /// <summary>The current URL with a named page handler, e.g. the CSV export of a filtered table.</summary>
    public static string Handler(HttpRequest request, string handler) => With(request, "handler", null) switch
    {
        var href when href.Contains('?') => $"{href}&handler={handler}",
        var href => $"{href}?handler={handler}",
    };

    private static string Build(HttpRequest request, Dictionary<string, StringValues> query)
    {
        var builder = new QueryBuilder();
        foreach (var (name, values) in query)
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
            {
                builder.Add(name, value!);
            }
        }
        return $"{request.PathBase}{request.Path}{builder.ToQueryString()}";
    }
}
