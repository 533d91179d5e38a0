using NewsPortal.Core.Pages;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>Where an entity's page is: districts, clusters, industries, organisations and people each have their own.</summary>
public static class EntityLinks
{
    public static string Href(EntityKind kind, string name)
    {
        var escaped = Uri.EscapeDataString(name);
        return kind switch
        {
            EntityKind.District => $"/districts/{escaped}",
            EntityKind.Cluster => $"/clusters/{escaped}",
            EntityKind.Organization => $"/organizations/{escaped}",
            EntityKind.Person => $"/people/{escaped}",
            EntityKind.Industry => $"/industries/{escaped}",
            _ => $"/articles?industry={escaped}",
        };
    }
}
