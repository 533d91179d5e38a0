using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsPortal.Data.Hosting;
using Npgsql;

namespace NewsPortal.Data;

/// <summary>Registers the database: the PostgreSQL server at <c>ConnectionStrings:NewsPortal</c>.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "NewsPortal";

    /// <summary>
    /// Registers <see cref="IDbContextFactory{NewsPortalDbContext}"/> (pooled), a scoped <see cref="NewsPortalDbContext"/>
    /// and <see cref="NewsPortalDatabase"/> for <c>ConnectionStrings:NewsPortal</c>. Without one, a host adds a local
    /// server (NewsPortal.LocalPostgres, in either order); with neither, resolving the database says so.
    /// </summary>
    public static IServiceCollection AddNewsPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton(new NewsPortalDatabase(connectionString));
        }
        else
        {
            services.TryAddSingleton<NewsPortalDatabase>(_ => throw new InvalidOperationException(
                $"No database: set ConnectionStrings:{ConnectionStringName} (ConnectionStrings__{ConnectionStringName})."));
        }

        services.AddPooledDbContextFactory<NewsPortalDbContext>((sp, options) =>
            UseNewsPortalDatabase(options, sp.GetRequiredService<NewsPortalDatabase>().ConnectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Starts the private server if there is one and applies pending migrations.
    /// Throws when there is neither a connection string nor a local server to start (NewsPortal.LocalPostgres explains which).
    /// </summary>
    public static async Task MigrateNewsPortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<NewsPortalDatabase>().GetConnectionStringAsync(cancellationToken);
        var factory = services.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        // A migration that fills a table from the whole corpus takes longer than any page's statement may.
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// The one place Npgsql is configured. No retrying strategy: it would forbid user transactions, and ingestion retries whole files.
    /// Names are snake_case (tables, columns, keys, indexes) so hand-written SQL (psql, benchmarks) needs no quoting.
    /// </summary>
    public static DbContextOptionsBuilder UseNewsPortalDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithAutoPrepare(connectionString)).UseSnakeCaseNamingConvention()
            .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository, MigrationHistory>();

    /// <summary>
    /// Statements run again and again (every page ingested, every article page shown) are prepared on the server
    /// after a few uses, so PostgreSQL stops parsing and planning them each time: planning cost more than running
    /// them, for ingestion's lookups and for the article page alike. Pooled connections are not reset on return
    /// (the reset is a statement of its own); nothing in the portal or ingestion changes session state.
    /// A connection string that sets <c>Max Auto Prepare</c> itself is left as it is.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare > 0) return connectionString;
        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 3;
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
