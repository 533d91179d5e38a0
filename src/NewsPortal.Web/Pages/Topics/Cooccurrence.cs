using NewsPortal.Core.Pages;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>The entities most often named in the same articles as one entity, each with the search for the articles naming both.</summary>
public sealed record Cooccurrence(TopicFilter Of, IReadOnlyList<CooccurringKind> Kinds)
{
    public const int PerKind = 8;

    public static readonly IReadOnlyList<EntityKind> Order =
        [EntityKind.District, EntityKind.Cluster, EntityKind.Industry, EntityKind.Organization, EntityKind.Person];

    /// <summary>From the entity counts of the entity's own matches (<see cref="IArticleStatistics.Summarize"/>), itself left out.</summary>
    public static Cooccurrence From(TopicFilter of, ArticleStatistics statistics) => new(of, [.. Order
        .Select(kind => new CooccurringKind(kind, [.. (statistics.Entities.GetValueOrDefault(Labels.Key(kind)) ?? [])
            .Where(v => !(kind == of.Kind && v.Value == of.Name))
            .Take(PerKind)
            .Select(v => new CooccurringEntity(new TopicFilter(kind, v.Value), v.Count, BothHref(of, new TopicFilter(kind, v.Value))))]))
        .Where(k => k.Entities.Count > 0)]);

    /// <summary>
    /// The search for articles naming both: the first as a filter parameter, the second as a filter in the query, because
    /// two values of one parameter mean either of them.
    /// </summary>
    public static string BothHref(TopicFilter a, TopicFilter b) => SearchLinks.For(Quoted(b), a.Filters);

    /// <summary>Quoted, so a name with spaces or Chinese commas stays one filter.</summary>
    private static string Quoted(TopicFilter filter) => $"{filter.Field}:\"{filter.Name}\"";
}

public sealed record CooccurringKind(EntityKind Kind, IReadOnlyList<CooccurringEntity> Entities);

public sealed record CooccurringEntity(TopicFilter Entity, int Articles, string BothHref);
