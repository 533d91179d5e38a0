namespace NewsPortal.Web.Hosting;

/// <summary>
/// Where the portal listens. The standard settings decide (<c>ASPNETCORE_URLS</c>, <c>--urls</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, <c>Kestrel:Endpoints</c>); only when none is set does the portal
/// listen on <c>DefaultUrls</c> (http://localhost:5080). A <c>Urls</c> value in appsettings.json or a launch profile's
/// <c>applicationUrl</c> would instead override the environment variables.
/// </summary>
public static class PortalAddress
{
    public const string DefaultUrlsKey = "DefaultUrls";

    public static WebApplicationBuilder UseDefaultUrlsWhenNoneSet(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var chosen = !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!chosen && configuration[DefaultUrlsKey] is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }
        return builder;
    }
}
