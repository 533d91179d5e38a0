using NewsPortal.Core.Pages;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>One entity as a search filter (<c>district:涪陵区</c>): the articles that name it.</summary>
public sealed record TopicFilter(EntityKind Kind, string Name)
{
    /// <summary>The index field and query-string key of the kind: district, cluster, industry, organization, person.</summary>
    public string Field => Labels.Key(Kind);

    /// <summary>The form a URL or a query carries: <c>district:涪陵区</c>.</summary>
    public string Text => $"{Field}:{Name}";

    public string Label => $"{Labels.Of(Kind)}：{Name}";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters =>
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [Field] = [Name] };

    public SearchRequest Request => new("", Filters);

    /// <summary>The search page listing this entity's articles.</summary>
    public string SearchHref => SearchLinks.For("", Filters);

    /// <summary><c>district:涪陵区</c> (also 区县:, 集群:, 产业:); null when the kind is unknown or the name empty.</summary>
    public static TopicFilter? Parse(string? text)
    {
        int colon = text?.IndexOfAny([':', '：']) ?? -1;
        if (text is null || colon <= 0)
        {
            return null;
        }
        string name = text[(colon + 1)..].Trim();
        return KindOf(text[..colon].Trim()) is { } kind && name.Length > 0 ? new TopicFilter(kind, name) : null;
    }

    private static EntityKind? KindOf(string key) => key switch
    {
        "区县" => EntityKind.District,
        "集群" or "产业集群" => EntityKind.Cluster,
        "产业" or "行业" => EntityKind.Industry,
        "机构" => EntityKind.Organization,
        "人物" => EntityKind.Person,
        _ => Labels.Parse<EntityKind>(key),
    };
}
