using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsPortal.Data.Hosting;
using Npgsql;

namespace NewsPortal.Data;

/// <summary>Registers the database: a configured PostgreSQL server, or a private one started under the <see cref="DataRoot"/>.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "NewsPortal";

    /// <summary>Configuration key overriding where the private cluster lives (relative to the <see cref="DataRoot"/>).</summary>
    public const string DataDirectoryKey = "EmbeddedPostgres:DataDirectory";

    public const string DefaultDataDirectory = "postgres";

    /// <summary>
    /// Registers <see cref="IDbContextFactory{NewsPortalDbContext}"/> (pooled), a scoped <see cref="NewsPortalDbContext"/>
    /// and <see cref="NewsPortalDatabase"/>; with no <c>ConnectionStrings:NewsPortal</c>, also the private
    /// <see cref="EmbeddedPostgres"/> as a hosted service that starts and stops with the host.
    /// </summary>
    public static IServiceCollection AddNewsPortalData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton(new NewsPortalDatabase(connectionString));
        }
        else
        {
            var dataDirectory = DataRoot.From(configuration, contentRoot).Resolve(configuration[DataDirectoryKey], DefaultDataDirectory);
            services.AddSingleton(sp => new EmbeddedPostgres(
                new EmbeddedPostgresOptions { DataDirectory = dataDirectory },
                sp.GetService<ILogger<EmbeddedPostgres>>()));
            services.AddSingleton(sp => new NewsPortalDatabase(sp.GetRequiredService<EmbeddedPostgres>()));
            services.AddHostedService<EmbeddedPostgresService>();
        }

        services.AddPooledDbContextFactory<NewsPortalDbContext>((sp, options) =>
            UseNewsPortalDatabase(options, sp.GetRequiredService<NewsPortalDatabase>().ConnectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Starts the private server if there is one and applies pending migrations.
    /// Throws <see cref="PostgresNotFoundException"/> when there is neither a server to start nor a connection string.
    /// </summary>
    public static async Task MigrateNewsPortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<NewsPortalDatabase>().GetConnectionStringAsync(cancellationToken);
        var factory = services.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>The one place Npgsql is configured. No retrying strategy: it would forbid user transactions, and ingestion retries whole files.</summary>
    public static DbContextOptionsBuilder UseNewsPortalDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithAutoPrepare(connectionString));

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
