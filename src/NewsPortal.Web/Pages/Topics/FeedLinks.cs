using NewsPortal.Search;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>
/// Where a page's Atom feed is, and how the layout learns of it: a component in the body records it in the request's
/// items, and the layout, rendered after the body, writes the &lt;link rel="alternate"&gt; into the head.
/// </summary>
public static class FeedLinks
{
    public const string Path = "/api/feed";
    private const string ItemKey = "newsportal.feed";

    public static string For(string? query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters) =>
        Path + SearchLinks.QueryString(query, filters);

    public static string For(SearchRequest request) => For(request.Query, request.Filters);

    public static void Announce(HttpContext context, string href, string title) => context.Items[ItemKey] = (href, title);

    public static (string Href, string Title)? Announced(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is (string href, string title) ? (href, title) : null;
}
