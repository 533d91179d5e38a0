using Serilog;

namespace NewsPortal.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>Serilog for everything the host logs; sinks and levels come from the "Serilog" section of appsettings.</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "NewsPortal.Web"));
        return builder;
    }
}
