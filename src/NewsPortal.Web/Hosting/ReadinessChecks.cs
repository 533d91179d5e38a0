using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Search;

namespace NewsPortal.Web.Hosting;

/// <summary>Ready when PostgreSQL answers and every migration has been applied.</summary>
internal sealed class DatabaseReadyCheck(NewsPortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}

/// <summary>
/// Ready when the search index can be read and its start-up check is over: "rebuilding, N%" (503) while the index is
/// filled again from PostgreSQL, which the portal does in the background.
/// </summary>
internal sealed class SearchIndexReadyCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var index = services.GetService<IArticleIndex>();
            var check = services.GetService<SearchIndexRebuildProgress>()?.Now;
            return Task.FromResult((index, check?.Phase) switch
            {
                (null, _) => HealthCheckResult.Unhealthy("search index not configured"),
                (_, RebuildPhase.Checking) => HealthCheckResult.Unhealthy("checking the index against the database"),
                (_, RebuildPhase.Rebuilding) => HealthCheckResult.Unhealthy($"rebuilding, {check!.Percent}% ({check.Indexed} of {check.Total} articles)"),
                (_, RebuildPhase.Failed) => HealthCheckResult.Unhealthy($"rebuild failed: {check!.Problem}"),
                _ => HealthCheckResult.Healthy($"search index open, {index.Count} document(s)"),
            });
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("search index not open", e));
        }
    }
}

public static class ReadinessExtensions
{
    public const string Ready = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [Ready])
            .AddCheck<SearchIndexReadyCheck>("search-index", tags: [Ready]);
        return services;
    }

    /// <summary>/healthz answers while the process is alive; /readyz only when the database and index are usable (503 otherwise, saying why).</summary>
    public static IEndpointRouteBuilder MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new()
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteReport,
        });
        return endpoints;
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status} ({e.Value.Description})");
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n");
    }
}
