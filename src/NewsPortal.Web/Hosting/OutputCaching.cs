using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Hosting;

/// <summary>Read-mostly pages are cached briefly per URL; ingestion adds pages, so entries expire quickly.</summary>
public static class OutputCaching
{
    public const string Pages = "pages";

    public static void PagePolicy(OutputCachePolicyBuilder policy) => policy
        .Expire(TimeSpan.FromSeconds(10))
        .SetVaryByQuery("*")
        .Tag(Pages);

    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutputCacheLimits>()
            .Bind(configuration.GetSection(OutputCacheLimits.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // OutputCache:Enabled=false serves every request fresh (bench/pages.sh measures pages uncached).
        var enabled = configuration.GetValue(OutputCacheLimits.Section + ":Enabled", true);
        services.AddOutputCache(cache => cache.AddPolicy(Pages, enabled ? PagePolicy : policy => policy.NoCache()));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OutputCacheLimits>>((cache, limits) =>
        {
            cache.SizeLimit = limits.Value.SizeLimitMegabytes * 1024L * 1024;
            cache.MaximumBodySize = limits.Value.MaximumBodyKilobytes * 1024L;
        });
        return services;
    }
}

/// <summary>
/// How much memory the output cache may hold. Every distinct URL is its own entry, so a crawler or a
/// cache-busting client fills it to the limit; the framework's default (100 MB) is most of what the portal
/// otherwise needs.
/// </summary>
public sealed class OutputCacheLimits
{
    public const string Section = "OutputCache";

    /// <summary>All entries together; beyond it new responses are not stored until old ones expire.</summary>
    [Range(1, 4096)]
    public int SizeLimitMegabytes { get; set; } = 32;

    /// <summary>A larger response is served but not stored.</summary>
    [Range(1, 65536)]
    public int MaximumBodyKilobytes { get; set; } = 512;
}
