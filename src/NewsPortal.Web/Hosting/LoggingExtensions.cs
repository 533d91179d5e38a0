using NewsPortal.Data;
using Serilog;
using Serilog.Events;

namespace NewsPortal.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog for everything the host logs; sinks and levels come from the "Serilog" section of appsettings.
    /// A file sink's relative path is under the <see cref="DataRoot"/>, like every other runtime path.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var root = DataRoot.From(builder.Configuration, builder.Environment.ContentRootPath);
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Name"] == "File" && sink["Args:path"] is { Length: > 0 } path && !Path.IsPathRooted(path))
                builder.Configuration[$"{sink.Path}:Args:path"] = root.Resolve(path, path);
        }
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "NewsPortal.Web"));
        return builder;
    }

    /// <summary>One summary event per request, at a level that says whether anyone should look at it.</summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLevel);

    /// <summary>Requests slower than this are logged as warnings.</summary>
    public const double SlowRequestMilliseconds = 1000;

    /// <summary>
    /// Server errors at Error, slow requests at Warning, client errors at Information, and fast successful
    /// requests at Debug: written to the console and the file for every request, they cost about as much
    /// as rendering the page at a thousand requests a second.
    /// </summary>
    internal static LogEventLevel RequestLevel(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : elapsedMilliseconds > SlowRequestMilliseconds ? LogEventLevel.Warning
        : context.Response.StatusCode >= StatusCodes.Status400BadRequest ? LogEventLevel.Information
        : LogEventLevel.Debug;
}
