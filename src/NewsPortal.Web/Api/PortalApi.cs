using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Api;

public static class PortalApi
{
    /// <summary>The read-only JSON API under /api, rate-limited per client and described at /api/openapi.json.</summary>
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireRateLimiting(RateLimitOptions.Api);
        api.MapArticlesApi();
        api.MapSearchApi();
        api.MapFiguresApi();
        api.MapEntitiesApi();
        api.MapTopicsApi();
        api.MapFeedApi();
        api.MapExportApi();
        return endpoints;
    }
}
