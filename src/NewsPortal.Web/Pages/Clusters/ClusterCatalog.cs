using System.Text.Json;
using System.Text.Json.Serialization;
using NewsPortal.Core;

namespace NewsPortal.Web.Pages.Clusters;

/// <summary>One cluster of Chongqing's 33618 system or a national cluster list, as clusters.json describes it.</summary>
public sealed record ClusterInfo(string Name, string Tier, string System, IReadOnlyList<string> Aliases);

/// <summary>The known clusters, in the order clusters.json lists them (tier by tier).</summary>
public sealed class ClusterCatalog(IReadOnlyList<ClusterInfo> clusters)
{
    public const string ResourceName = "NewsPortal.Core.Data.clusters.json";

    public IReadOnlyList<ClusterInfo> All { get; } = clusters;

    public ClusterInfo? Find(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? All.FirstOrDefault(c => c.Aliases.Contains(name));

    /// <summary>Reads the list Core embeds; an empty catalog when Core does not ship it (the pages then list clusters from the database only).</summary>
    public static ClusterCatalog LoadEmbedded()
    {
        using var stream = typeof(NewsPortalCore).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? new([]) : Parse(stream);
    }

    public static ClusterCatalog Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return new((file?.Items ?? [])
            .Where(i => !string.IsNullOrWhiteSpace(i.Name))
            .Select(i => new ClusterInfo(i.Name!, i.Tier ?? "其他", i.System ?? "other", i.Aliases ?? []))
            .ToList());
    }

    private sealed record CatalogFile([property: JsonPropertyName("items")] List<CatalogItem>? Items);

    private sealed record CatalogItem(string? Name, string? Tier, string? System, List<string>? Aliases);
}
