using NewsPortal.Core.Pages;
using NewsPortal.Search;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>One facet's counts, shown by _FacetList as links that add or remove the value from the query string.</summary>
public sealed record FacetList(string Key, string Label, IReadOnlyList<FacetValue> Values)
{
    /// <summary>Values listed before the rest fold away under "more".</summary>
    public const int Shown = 8;

    public static readonly IReadOnlyList<(string Key, string Label)> Names =
    [
        ("district", "区县"), ("cluster", "产业集群"), ("industry", "产业"),
        ("source", "来源"), ("kind", "体裁"), ("month", "月份"),
    ];

    public string Display(string value) =>
        Key == "kind" && Labels.Parse<ArticleKind>(value) is { } kind ? Labels.Of(kind) : value;
}
