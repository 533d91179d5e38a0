using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Api;

public static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithName("Search")
            .WithSummary("Full-text search with facet filters (district, cluster, industry, source, kind, month). Titles and snippets are plain text, each with the stretches the query matched (start, end: character offsets).");
        api.MapGet("/suggest", Suggest).WithName("Suggest").WithSummary("Completions for what the user has typed: entity names and titles.");
    }

    public sealed record SearchQuery(
        string? Q, string[]? District, string[]? Cluster, string[]? Industry, string[]? Source, string[]? Kind, string[]? Month,
        DateOnly? From, DateOnly? To, int? Page, int? PageSize);

    private static Results<Ok<SearchResult>, ProblemHttpResult> Search([AsParameters] SearchQuery q, IServiceProvider services)
    {
        if (services.GetService<IArticleIndex>() is not { } index)
        {
            return TypedResults.Problem("The search index is not available.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var filters = new Dictionary<string, string[]?>
        {
            ["district"] = q.District,
            ["cluster"] = q.Cluster,
            ["industry"] = q.Industry,
            ["source"] = q.Source,
            ["kind"] = q.Kind,
            ["month"] = q.Month,
        }
            .Where(f => f.Value is { Length: > 0 })
            .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value!);
        return TypedResults.Ok(index.Search(new SearchRequest(
            q.Q?.Trim() ?? "", filters, q.From, q.To, Paging.Clamp(q.Page ?? 1), Math.Clamp(q.PageSize ?? 20, 1, 100))));
    }

    private static Ok<IReadOnlyList<Suggestion>> Suggest(string? q, IServiceProvider services) =>
        TypedResults.Ok(string.IsNullOrWhiteSpace(q) || services.GetService<IArticleIndex>() is not { } index
            ? []
            : index.Suggest(q.Trim(), 10));
}
