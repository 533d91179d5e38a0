using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using NewsPortal.Search;

namespace NewsPortal.Web.Feeds;

/// <summary>A built feed, its validator and its date: what a poller's conditional GET is answered from.</summary>
public sealed record CachedFeed(byte[] Body, string ETag, DateTimeOffset LastModified);

/// <summary>
/// Feeds in memory, keyed by the index generation and the feed's URL: a poll between two index refreshes costs a
/// dictionary look-up, and a refresh makes every older entry unreachable (they then expire).
/// </summary>
public sealed class FeedCache(IMemoryCache cache, IArticleStatistics statistics)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    public CachedFeed Get(string url, Func<IArticleStatistics, CachedFeed> build)
    {
        string key = $"feed|{statistics.Generation}|{url}";
        return cache.GetOrCreate(key, entry =>
        {
            var feed = build(statistics);
            entry.SlidingExpiration = Idle;
            entry.Size = feed.Body.Length;
            return feed;
        })!;
    }

    public static CachedFeed Seal(byte[] body, DateTimeOffset lastModified) =>
        new(body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"", lastModified);
}
