using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Data.Hosting;

namespace NewsPortal.LocalPostgres;

public static class LocalPostgresSetup
{
    public const string Section = "EmbeddedPostgres";

    /// <summary>Where the private cluster lives, relative to the <see cref="DataRoot"/>.</summary>
    public const string DataDirectoryKey = Section + ":DataDirectory";

    public const string DefaultDataDirectory = "postgres";

    /// <summary>Folders holding initdb and pg_ctl; unset searches the machine (pg_config, /usr/lib/postgresql/*/bin, PATH).</summary>
    public const string BinaryDirectoriesKey = Section + ":BinaryDirectories";

    /// <summary>
    /// With no <c>ConnectionStrings:NewsPortal</c>, the database is a private <see cref="EmbeddedPostgres"/> under the
    /// data root, started with the host (and on first need), restarted if it dies, stopped on shutdown. With a
    /// connection string this registers nothing: no binaries are looked for and no process is started.
    /// </summary>
    public static IServiceCollection AddLocalPostgresWhenNoConnectionString(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseSetup.ConnectionStringName))) return services;

        var dataDirectory = DataRoot.From(configuration, contentRoot).Resolve(configuration[DataDirectoryKey], DefaultDataDirectory);
        var binaries = configuration.GetSection(BinaryDirectoriesKey).GetChildren().Select(c => c.Value).OfType<string>().ToList();
        services.AddSingleton(sp => new EmbeddedPostgres(
            new EmbeddedPostgresOptions { DataDirectory = dataDirectory, BinaryDirectories = binaries.Count > 0 ? binaries : null },
            sp.GetService<ILogger<EmbeddedPostgres>>()));
        services.AddSingleton(sp =>
        {
            var server = sp.GetRequiredService<EmbeddedPostgres>();
            return new NewsPortalDatabase(async ct =>
            {
                await server.StartAsync(ct);
                return server.ConnectionString;
            });
        });
        services.AddHostedService<EmbeddedPostgresService>();
        return services;
    }
}
