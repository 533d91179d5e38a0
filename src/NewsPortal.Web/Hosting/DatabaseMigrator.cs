using NewsPortal.Data;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// Applies pending migrations at start-up (starting the private PostgreSQL first when there is one).
/// Registered before the search-index check and the inbox watcher, which need the tables.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.MigrateNewsPortalDatabaseAsync(cancellationToken);
        Migrated(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: migrations applied")]
    private static partial void Migrated(ILogger logger);
}

public static class DatabaseMigratorExtensions
{
    public static IServiceCollection AddDatabaseMigrationAtStartup(this IServiceCollection services) =>
        services.AddHostedService<DatabaseMigrator>();
}
