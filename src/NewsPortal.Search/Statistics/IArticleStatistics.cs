namespace NewsPortal.Search;

/// <summary>
/// Aggregates over every match of a request, for following a topic over time: counts per month, the entities
/// named in the matching articles, the newest matches, and every match in page order for exports.
/// Read from the index's doc values in one pass; no query goes to the database.
/// </summary>
public interface IArticleStatistics
{
    /// <summary>Changes whenever the searchers reopen on new content; a cache keyed by it is never stale.</summary>
    long Generation { get; }

    /// <summary>One pass over every match of <paramref name="request"/> (its page and page size are ignored).</summary>
    /// <param name="entitiesPerKind">How many of the most frequent entities of each kind to count (0: none).</param>
    /// <param name="newest">How many of the newest matches to return, with snippets (0: none).</param>
    ArticleStatistics Summarize(SearchRequest request, int entitiesPerKind = 0, int newest = 0);

    /// <summary>Every match in the search page's order (best first; newest first for filters only), read lazily.</summary>
    IEnumerable<ArticleListing> List(SearchRequest request);
}

/// <param name="Months">yyyy-MM and the number of matching articles published that month, oldest first; undated articles are in no month.</param>
/// <param name="Entities">Per entity field (district, cluster, industry, organization, person), most frequent first.</param>
/// <param name="Newest">The newest matches, newest first, with snippets marking the matched terms.</param>
public sealed record ArticleStatistics(
    int Total,
    IReadOnlyList<FacetValue> Months,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Entities,
    IReadOnlyList<SearchHit> Newest,
    long Generation,
    string? Message);

/// <summary>One match as an export row.</summary>
public sealed record ArticleListing(long ArticleId, string Title, DateOnly? Date, string? Source, float Score);
