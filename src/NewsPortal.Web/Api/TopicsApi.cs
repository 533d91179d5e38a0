using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Compare;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Pages.Topics;
using NewsPortal.Web.Pages.Trends;

namespace NewsPortal.Web.Api;

/// <summary>Following a topic over time: monthly counts, term trends, comparison, co-occurrence, citations.</summary>
public static class TopicsApi
{
    public static void MapTopicsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/months", Months).WithName("MonthHistogram")
            .WithSummary("Articles per month (yyyy-MM, oldest first) for a search: the same parameters as /api/search (also organization, person). The search page's date histogram.");
        api.MapGet("/trends", Trends).WithName("Trends")
            .WithSummary("Monthly article counts of up to five queries or filters (q repeated), absolute and per 1,000 articles published that month, each month with the search link.");
        api.MapGet("/compare", CompareAsync).WithName("Compare")
            .WithSummary("Two districts, clusters or industries (a=district:涪陵区&b=cluster:…) side by side: articles per month, top clusters, industries and districts, shared measures, recent articles.");
        api.MapGet("/cooccurrence/{kind}/{name}", Cooccurring).WithName("Cooccurrence")
            .WithSummary("Entities most often named in the same articles as one entity, with counts and the search for articles naming both.");
        api.MapGet("/articles/{id:long}/citation", CitationAsync).WithName("Citation")
            .WithSummary("An article's permalink and its GB/T 7714-2015 newspaper reference.");
    }

    public sealed record MonthsResponse(int Total, IReadOnlyList<FacetValue> Months);

    public sealed record CooccurrenceResponse(EntityKind Kind, string Name, int Articles, IReadOnlyList<CooccurrenceRow> Entities);

    public sealed record CooccurrenceRow(EntityKind Kind, string Name, int Articles, string Search);

    private static Ok<MonthsResponse> Months([AsParameters] SearchParameters parameters, IArticleStatistics statistics)
    {
        var summary = statistics.Summarize(parameters.ToRequest());
        return TypedResults.Ok(new MonthsResponse(summary.Total, summary.Months));
    }

    private static Results<Ok<TrendSeries>, ValidationProblem> Trends(string[]? q, IArticleStatistics statistics)
    {
        var queries = TrendSeries.Queries(q ?? []);
        return queries.Count == 0
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give one to five queries: q=智能网联&q=district:涪陵区."] })
            : TypedResults.Ok(TrendSeries.Build(statistics, queries));
    }

    private static async Task<Results<Ok<Comparison>, ValidationProblem>> CompareAsync(
        string? a, string? b, IArticleStatistics statistics, NewsPortalDbContext db, CancellationToken ct)
    {
        var (first, second) = (TopicFilter.Parse(a), TopicFilter.Parse(b));
        if (first is null || second is null || !Comparison.Comparable(first) || !Comparison.Comparable(second))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["a"] = ["Give two districts, clusters or industries as kind:name, e.g. a=district:涪陵区&b=cluster:智能网联新能源汽车."],
            });
        }
        return TypedResults.Ok(await Comparison.BuildAsync(statistics, db, first, second, ct));
    }

    private static Results<Ok<CooccurrenceResponse>, ValidationProblem> Cooccurring(string kind, string name, IArticleStatistics statistics)
    {
        if (Labels.Parse<EntityKind>(kind) is not { } k)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Use one of: district, cluster, industry, organization, person."] });
        }
        var topic = new TopicFilter(k, name);
        var summary = statistics.Summarize(topic.Request, entitiesPerKind: Cooccurrence.PerKind + 1);
        var rows = Cooccurrence.From(topic, summary).Kinds
            .SelectMany(group => group.Entities.Select(e => new CooccurrenceRow(e.Entity.Kind, e.Entity.Name, e.Articles, e.BothHref)))
            .ToList();
        return TypedResults.Ok(new CooccurrenceResponse(k, name, summary.Total, rows));
    }

    private static async Task<Results<Ok<Citation>, NotFound>> CitationAsync(long id, HttpContext context, NewsPortalDbContext db, CancellationToken ct)
    {
        var article = await db.ArticlePageAsync(id, ct);
        if (article is null)
        {
            return TypedResults.NotFound();
        }
        var request = context.Request;
        return TypedResults.Ok(Citation.For(article, new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")));
    }
}
