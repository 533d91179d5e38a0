using Microsoft.AspNetCore.StaticFiles;

namespace NewsPortal.Web.Hosting;

/// <summary>Content types and caching for wwwroot.</summary>
internal static class StaticContent
{
    public static readonly FileExtensionContentTypeProvider Types = new()
    {
        Mappings = { [".geojson"] = "application/geo+json" },
    };

    /// <summary>Files linked with asp-append-version (?v=hash) never change under that URL; cache them for a year.</summary>
    public static void CacheVersioned(StaticFileResponseContext context)
    {
        if (context.Context.Request.Query.ContainsKey("v"))
        {
            context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    }
}
