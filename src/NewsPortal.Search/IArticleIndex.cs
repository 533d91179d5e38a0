using NewsPortal.Search.Highlighting;

namespace NewsPortal.Search;

/// <summary>
/// The article search index as its readers see it (search pages, the API, suggestions). Ingestion and the
/// reindexer write through <see cref="IArticleIndexWriter"/>; trends and feeds read <see cref="IArticleStatistics"/>.
/// </summary>
public interface IArticleIndex
{
    /// <summary>Documents searchers currently see.</summary>
    int Count { get; }

    SearchResult Search(SearchRequest request);

    /// <summary>Completions for what the user has typed so far: entity names and titles.</summary>
    IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10);

    /// <summary>Whole-article highlighting: the body and where the query matches it.</summary>
    HighlightedText? HighlightArticle(long articleId, string query);
}

/// <summary>One article as the index sees it (what <see cref="IArticleIndexWriter"/> stores).</summary>
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
