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

    /// <summary>
    /// What the index keeps of an article for its page (<see cref="ArticleDocument.Page"/>), with its title, body and
    /// page text; null when the searchers do not see the article, or see it without that record (an article indexed
    /// without one, or whose page text is not visible), so that the caller reads the database instead.
    /// </summary>
    StoredArticlePage? FindArticlePage(long articleId);
}

/// <summary>
/// What the article page needs beyond the searched fields, kept with the article so that the page is served without
/// the database: <paramref name="Record"/> (written and read by the caller; the index only keeps it) and the text of
/// the printed page the article came from, kept once a page, by the document of <paramref name="PageTextArticleId"/>
/// (whose own <paramref name="PageText"/> it is; the other articles of the page carry null).
/// </summary>
public sealed record ArticlePageData(byte[] Record, long PageTextArticleId, string? PageText);

/// <summary>An article's page record as the index keeps it, with its title, body and the text of its printed page.</summary>
public sealed record StoredArticlePage(long Id, string Title, string Body, byte[] Record, string PageText);

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
    IReadOnlyList<string> People)
{
    /// <summary>Kept for the article page (stored, not searched); null for an article indexed for search only.</summary>
    public ArticlePageData? Page { get; init; }
}

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
