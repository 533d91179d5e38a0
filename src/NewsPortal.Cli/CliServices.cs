using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.LocalPostgres;
using NewsPortal.Search;
using Npgsql;
using Serilog;
using Serilog.Events;

namespace NewsPortal.Cli;

/// <summary>
/// The services a command needs, on the Generic Host with the portal's configuration: its appsettings.json (copied
/// beside the binary), appsettings.{environment}.json, environment variables, and the command's own settings
/// (<c>--connection</c>, tests). The content root is the binary's folder, so the data root is the portal's from any
/// working directory. Hosted services are not started: the database starts on first need and stops on dispose.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly IHost _host;

    private CliServices(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;
    public IConfiguration Configuration => Get<IConfiguration>();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Starts the database and applies migrations; on failure explains why on stderr and returns null.</summary>
    public static async Task<CliServices?> StartAsync(CliConsole console, bool verbose, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
            Configuration = new ConfigurationManager { ["hostBuilder:reloadConfigOnChange"] = "false" },
        });
        builder.Configuration.AddInMemoryCollection(console.Settings ?? new Dictionary<string, string?>());
        var (configuration, contentRoot) = (builder.Configuration, builder.Environment.ContentRootPath);
        var log = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Information : LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            // EF logs the expected miss on __EFMigrationsHistory of a new database as an error.
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", verbose ? LogEventLevel.Warning : LogEventLevel.Fatal)
            .WriteTo.Console(outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(log, dispose: true);
        builder.Services.AddNewsPortalData(configuration);
        builder.Services.AddLocalPostgresWhenNoConnectionString(configuration, contentRoot);
        builder.Services.AddIngestionCore(configuration, contentRoot);
        builder.Services.AddNewsPortalSearch(configuration, DataRoot.From(configuration, contentRoot).Path);
        var cli = new CliServices(builder.Build());
        try
        {
            await cli.Services.MigrateNewsPortalDatabaseAsync(ct);
            return cli;
        }
        catch (Exception e) when (e is PostgresNotFoundException or NpgsqlException or TimeoutException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"newsportal: cannot reach the database: {e.Message}");
            await cli.DisposeAsync();
            return null;
        }
    }

    /// <summary>The search index, or null (explained on stderr) when another process holds it, such as a running portal.</summary>
    public async Task<NewsPortal.Search.LuceneArticleIndex?> OpenIndexAsync(CliConsole console)
    {
        try
        {
            return Get<NewsPortal.Search.LuceneArticleIndex>();
        }
        catch (LockObtainFailedException)
        {
            await console.Error.WriteLineAsync(
                $"newsportal: the search index ({Configuration[SearchServiceCollectionExtensions.IndexPathKey] ?? SearchServiceCollectionExtensions.DefaultIndexPath}) " +
                "is open in another process; stop the portal (its inbox ingests files too) or set Search__IndexPath.");
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host.Services.GetService<EmbeddedPostgres>() is { } embedded)
            await embedded.StopAsync(); // only stops a server this process started
        if (_host is IAsyncDisposable host) await host.DisposeAsync();
        else _host.Dispose();
    }
}
