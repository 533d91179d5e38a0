using Microsoft.Net.Http.Headers;
using NewsPortal.Web.Feeds;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Api;

public static class FeedApi
{
    public static void MapFeedApi(this RouteGroupBuilder api) =>
        api.MapGet("/feed", Feed).WithName("Feed")
            .WithSummary("Atom feed (RFC 4287) of the newest 50 articles matching a search: the same parameters as /api/search (also organization, person). ETag and Last-Modified; a conditional GET is answered 304.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified);

    private static IResult Feed([AsParameters] SearchParameters parameters, HttpContext context, FeedCache feeds)
    {
        var request = context.Request;
        var root = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        string query = SearchLinks.QueryString(parameters.Q, parameters.Filters(), parameters.From, parameters.To);
        var feed = feeds.Get(root + query, statistics =>
        {
            var search = parameters.ToRequest();
            var summary = statistics.Summarize(search, newest: AtomFeed.Entries);
            var body = AtomFeed.Write(Title(parameters), root, new Uri(root, FeedLinks.Path + query), new Uri(root, "/search" + query), summary.Newest, QueryTerms(parameters));
            return FeedCache.Seal(body, AtomFeed.Updated(summary.Newest));
        });

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(feed.ETag);
        headers.LastModified = feed.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(1) };
        return NotModified(request, feed)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(feed.Body, AtomFeed.ContentType);
    }

    /// <summary>If-None-Match decides when sent (RFC 9110 §13.2.2); else If-Modified-Since.</summary>
    private static bool NotModified(HttpRequest request, CachedFeed feed)
    {
        var conditions = request.GetTypedHeaders();
        if (conditions.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(tag => tag.Tag == "*" || tag.Tag.Equals(feed.ETag, StringComparison.Ordinal));
        }
        return conditions.IfModifiedSince is { } since && feed.LastModified <= since.AddSeconds(1);
    }

    /// <summary>The words and filter values the query asks for (not its exclusions or operators).</summary>
    private static IReadOnlyList<string> QueryTerms(SearchParameters parameters) =>
        [.. (parameters.Q ?? "").Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w[0] is not ('-' or '－') && w is not ("OR" or "AND" or "NOT"))
            .Select(w => w.Contains(':', StringComparison.Ordinal) ? w[(w.IndexOf(':', StringComparison.Ordinal) + 1)..] : w)
            .Select(w => w.Trim('"', '“', '”'))
            .Where(w => w.Length > 0)
            .Concat(parameters.Filters().SelectMany(f => f.Value))
            .Distinct(StringComparer.Ordinal)];

    private static string Title(SearchParameters parameters)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(parameters.Q))
        {
            parts.Add(parameters.Q.Trim());
        }
        parts.AddRange(parameters.Filters().SelectMany(f => f.Value.Select(v => $"{f.Key}:{v}")));
        return parts.Count == 0 ? "重庆报刊门户 · 最新文章" : $"重庆报刊门户 · {string.Join(" ", parts)}";
    }
}
