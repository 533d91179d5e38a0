using System.Collections.Concurrent;
using System.Text;

namespace NewsPortal.Search.Ranking;

/// <summary>
/// Whole search results (total, facets, the page of hits) of the searcher generation in use, as Elasticsearch's
/// shard request cache keeps hit counts and aggregations per reader: a broad word scores and counts tens of thousands
/// of hits (milliseconds of phrase checks) for an answer that cannot change until the searchers reopen. Entries of an
/// older generation are dropped at the first search of the new one, so a cached result is never stale; at most
/// <see cref="Capacity"/> requests are kept (all are dropped when full). Two searches racing for a missing request
/// both compute it; either answer is right for that generation.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private Generation _current = new(-1);

    public int Capacity { get; } = capacity;

    public SearchResult? Find(long version, string key) =>
        _current is var current && current.Version == version && current.Results.TryGetValue(key, out var result) ? result : null;

    public void Keep(long version, string key, SearchResult result)
    {
        var current = _current;
        if (current.Version != version)
        {
            if (version < current.Version)
            {
                return; // a search that began on an older searcher: its answer is already superseded
            }
            current = new Generation(version);
            _current = current;
        }
        if (current.Results.Count >= Capacity)
        {
            current.Results.Clear();
        }
        current.Results[key] = result;
    }

    /// <summary>The request as the index reads it: page and size after clamping, filters in a fixed order (values of one filter are alternatives, so their order does not matter).</summary>
    public static string KeyOf(SearchRequest request, int page, int pageSize)
    {
        var key = new StringBuilder(request.Query.Length + 64)
            .Append(request.Query).Append('\u0001')
            .Append(request.From?.DayNumber).Append('\u0001')
            .Append(request.To?.DayNumber).Append('\u0001')
            .Append(page).Append('\u0001')
            .Append(pageSize);
        if (request.Filters is { } filters)
        {
            foreach (var (name, values) in filters.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                key.Append('\u0002').Append(name);
                foreach (var value in (values ?? []).Order(StringComparer.Ordinal))
                {
                    key.Append('\u0003').Append(value);
                }
            }
        }
        return key.ToString();
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, SearchResult> Results { get; } = new(StringComparer.Ordinal);
    }
}
