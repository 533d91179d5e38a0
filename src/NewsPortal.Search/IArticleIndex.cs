using NewsPortal.Search.Highlighting;

namespace NewsPortal.Search;

/// <summary>The article search index: ingestion writes to it, the portal reads from it.</summary>
public interface IArticleIndex : IDisposable
{
    /// <summary>Adds or replaces documents by article id; searchable after <see cref="Refresh"/>.</summary>
    void Upsert(IEnumerable<ArticleDocument> documents);

    void Delete(IEnumerable<long> articleIds);

    /// <summary>Removes every document (before a rebuild).</summary>
    void Clear();

    /// <summary>Commits and reopens searchers so recent changes are visible.</summary>
    void Refresh();

    int Count { get; }

    SearchResult Search(SearchRequest request);

    /// <summary>Completions for what the user has typed so far: entity names and titles.</summary>
    IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10);

    /// <summary>Whole-article highlighting: the body and where the query matches it.</summary>
    HighlightedText? HighlightArticle(long articleId, string query);

    /// <summary>True when the index was missing or unreadable at start-up and must be rebuilt from the database.</summary>
    bool NeedsRebuild => false;

    /// <summary>Ids of every matching article, best first, at most <paramref name="max"/>: for benchmarks comparing hit sets.</summary>
    IReadOnlyList<long> SearchIds(SearchRequest request, int max = 10_000)
    {
        var ids = new List<long>();
        for (int page = 1; ids.Count < max; page++)
        {
            var hits = Search(request with { Page = page, PageSize = 100 }).Hits;
            ids.AddRange(hits.Select(h => h.ArticleId).Take(max - ids.Count));
            if (hits.Count < 100)
            {
                break;
            }
        }
        return ids;
    }
}

/// <summary>One article as the index sees it.</summary>
public sealed record ArticleDocument(
    long Id,
    string Title,
    IReadOnlyList<string> Subtitles,
    string Body,
    string? Source,
    string Kind,
    DateOnly? Date,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Clusters,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> People);

/// <summary>
/// A user query and its filters. Filter keys are the facet names:
/// district, cluster, industry, source, kind, month (yyyy-MM).
/// </summary>
public sealed record SearchRequest(
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 20);

/// <summary>One hit: its title and a snippet of its body, each with the stretches the query matched.</summary>
public sealed record SearchHit(long ArticleId, float Score, HighlightedText Title, HighlightedText Snippet, DateOnly? Date, string? Source);

public sealed record FacetValue(string Value, int Count);

/// <summary>Hits, facet counts per facet name, and a user-facing message when the query could not be used as typed.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? Message,
    TimeSpan Elapsed);

public sealed record Suggestion(string Text, string Kind);
