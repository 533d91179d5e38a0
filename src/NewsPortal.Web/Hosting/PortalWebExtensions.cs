using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsPortal.Web.Api;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Clusters;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Hosting;

public static class PortalWebExtensions
{
    /// <summary>Razor Pages, the JSON API and the manners around them: errors, limits, health, encoders.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddPortalOutputCache(configuration);
        services.AddPortalRateLimits(configuration);
        services.AddPortalForwardedHeaders(configuration);
        services.AddPortalHealthChecks();
        services.AddSingleton(ClusterCatalog.LoadEmbedded());
        services.AddPortalTopics();
        services.AddSingleton<ArticlePageKeys>();
        services.AddSingleton<MeasureRanking>();
        services.AddSingleton<FigureChoices>();
        services.AddSingleton(ResultCacheSettings.From(configuration));
        services.AddSingleton<NarrowFigures>();

        // Chinese text stays readable in HTML and JSON; Razor and System.Text.Json still escape markup characters.
        var everyScript = new TextEncoderSettings(UnicodeRanges.All);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = everyScript);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UsePortalRequestLogging();
        app.UseSecurityHeaders();
        // The API answers errors with problem details; pages with a friendly page and no stack trace.
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages
            .UseExceptionHandler("/error")
            .UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseRequestScreening();
        // Plain static files (not MapStaticAssets): served the same from a build, a publish folder or a test host.
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = StaticContent.Types,
            OnPrepareResponse = StaticContent.CacheVersioned,
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapPortalApi();
        app.MapOpenApi("/api/openapi.json");
        app.MapPortalHealthChecks();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
