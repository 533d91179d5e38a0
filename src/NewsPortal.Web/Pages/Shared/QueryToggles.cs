using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// The current URL with one value of a multi-valued parameter added or removed (page number dropped), for every
/// value of every facet a page lists: the query string is parsed and its pairs encoded once per request
/// (<see cref="Of"/>), not once per link. Links read exactly as <see cref="Microsoft.AspNetCore.Http.Extensions.QueryBuilder"/> writes them.
/// </summary>
public sealed class QueryToggles
{
    private readonly string _path;
    private readonly List<(string Key, string EncodedKey, List<(string Value, string Encoded)> Values)> _pairs = [];

    private QueryToggles(HttpRequest request)
    {
        _path = $"{request.PathBase}{request.Path}";
        foreach (var (key, values) in QueryHelpers.ParseQuery(request.QueryString.Value))
        {
            if (string.Equals(key, Paging.QueryKey, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            _pairs.Add((key, Encode(key), [.. values.OfType<string>().Select(v => (v, Encode(v)))]));
        }
    }

    /// <summary>The toggles of this request, made on first use.</summary>
    public static QueryToggles Of(HttpRequest request)
    {
        var items = request.HttpContext.Items;
        if (items.TryGetValue(typeof(QueryToggles), out var made) && made is QueryToggles toggles)
        {
            return toggles;
        }
        toggles = new QueryToggles(request);
        items[typeof(QueryToggles)] = toggles;
        return toggles;
    }

    /// <summary>Adds <paramref name="value"/> to parameter <paramref name="key"/>, or removes its first occurrence when there.</summary>
    public string Toggle(string key, string value)
    {
        var href = new StringBuilder(_path, _path.Length + 256);
        bool seen = false;
        foreach (var (name, encodedName, values) in _pairs)
        {
            if (!string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) // ParseQuery folds case, and so did these links
            {
                foreach (var (_, encoded) in values)
                {
                    Append(href, encodedName, encoded);
                }
                continue;
            }
            seen = true;
            bool removed = false;
            foreach (var (existing, encoded) in values)
            {
                if (!removed && existing == value)
                {
                    removed = true;
                    continue;
                }
                Append(href, encodedName, encoded);
            }
            if (!removed)
            {
                Append(href, encodedName, Encode(value));
            }
        }
        if (!seen)
        {
            Append(href, Encode(key), Encode(value));
        }
        return href.ToString();
    }

    private void Append(StringBuilder href, string encodedKey, string encodedValue)
    {
        if (encodedValue.Length == 0)
        {
            return; // as QueryBuilder is fed: empty values are left out
        }
        href.Append(href.Length == _path.Length ? '?' : '&').Append(encodedKey).Append('=').Append(encodedValue);
    }

    private static string Encode(string text) => UrlEncoder.Default.Encode(text);
}
