using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto the portal believes, bound from the
/// "ForwardedHeaders" section. None by default: the headers are then ignored, since any client can send them.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, such as <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, such as <c>172.16.0.0/12</c> for a Docker network.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to step back through (X-Forwarded-For entries read from the right).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"{Section}:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"{Section}:KnownNetworks: '{network}' is not a network in CIDR form (10.0.0.0/8).");
    }
}

public static class ForwardedHeadersExtensions
{
    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>()
            .Bind(configuration.GetSection(ProxyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxies.Value.ForwardLimit;
            // The framework trusts loopback by default; only what is configured is trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>First in the pipeline, so logs and per-client rate limits see the client's address, not the proxy's.</summary>
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any) app.UseForwardedHeaders();
        return app;
    }
}
