using Microsoft.AspNetCore.OutputCaching;

namespace NewsPortal.Web.Hosting;

/// <summary>Read-mostly pages are cached briefly per URL; ingestion adds pages, so entries expire quickly.</summary>
public static class OutputCaching
{
    public const string Pages = "pages";

    public static void PagePolicy(OutputCachePolicyBuilder policy) => policy
        .Expire(TimeSpan.FromSeconds(10))
        .SetVaryByQuery("*")
        .Tag(Pages);
}
