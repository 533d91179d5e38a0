using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
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
        using var href = new StringWriter(new StringBuilder(_path.Length + 256));
        Write(href, key, value, ampersand: "&", HtmlEncoder.Default, html: false);
        return href.ToString();
    }

    /// <summary>
    /// <see cref="Toggle"/>'s link as an attribute value, written into the page as it is sent: a search page lists a hundred
    /// facet values, and each link built as a string, then copied HTML-encoded, had been a quarter of the page's allocation.
    /// </summary>
    public IHtmlContent Href(string key, string value) => new ToggledHref(this, key, value);

    private sealed class ToggledHref(QueryToggles toggles, string key, string value) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => toggles.Write(writer, key, value, ampersand: "&amp;", encoder, html: true);
    }

    /// <summary>
    /// Writes the toggled link. Its pieces are URL-encoded, which leaves nothing HTML would encode but the joining
    /// ampersands (<paramref name="ampersand"/>); the path is HTML-encoded when <paramref name="html"/>.
    /// </summary>
    private void Write(TextWriter href, string key, string value, string ampersand, HtmlEncoder encoder, bool html)
    {
        if (html)
        {
            encoder.Encode(href, _path);
        }
        else
        {
            href.Write(_path);
        }
        bool first = true;
        bool seen = false;
        foreach (var (name, encodedName, values) in _pairs)
        {
            if (!string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) // ParseQuery folds case, and so did these links
            {
                foreach (var (_, encoded) in values)
                {
                    Append(href, ref first, ampersand, encodedName, encoded);
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
                Append(href, ref first, ampersand, encodedName, encoded);
            }
            if (!removed)
            {
                Append(href, ref first, ampersand, encodedName, value, encode: true);
            }
        }
        if (!seen)
        {
            Append(href, ref first, ampersand, Encode(key), value, encode: true);
        }
    }

    private static void Append(TextWriter href, ref bool first, string ampersand, string encodedKey, string value, bool encode = false)
    {
        if (value.Length == 0)
        {
            return; // as QueryBuilder is fed: empty values are left out (a value encodes to nothing only when empty)
        }
        href.Write(first ? "?" : ampersand);
        first = false;
        href.Write(encodedKey);
        href.Write('=');
        if (encode)
        {
            UrlEncoder.Default.Encode(href, value);
        }
        else
        {
            href.Write(value);
        }
    }

    private static string Encode(string text) => UrlEncoder.Default.Encode(text);
}
