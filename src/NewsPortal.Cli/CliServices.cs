using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.LocalPostgres;
using NewsPortal.Ingestion;
using Npgsql;
using Serilog;
using Serilog.Events;

namespace NewsPortal.Cli;

/// <summary>
/// The services a command needs, wired like the portal's: configuration from the environment, the database
/// (configured or the private one under .data/postgres, migrated), ingestion and the search index.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private CliServices(ServiceProvider provider, IConfiguration configuration, string contentRoot)
    {
        _provider = provider;
        Configuration = configuration;
        ContentRoot = contentRoot;
    }

    public IServiceProvider Services => _provider;
    public IConfiguration Configuration { get; }
    public string ContentRoot { get; }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Starts the database and applies migrations; on failure explains why on stderr and returns null.</summary>
    public static async Task<CliServices?> StartAsync(CliConsole console, bool verbose, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(console.Settings ?? new Dictionary<string, string?>())
            .Build();
        // The binary's folder, not the working directory: run from anywhere, the CLI finds the portal's data root.
        var contentRoot = AppContext.BaseDirectory;
        var log = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Information : LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            // EF logs the expected miss on __EFMigrationsHistory of a new database as an error.
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", verbose ? LogEventLevel.Warning : LogEventLevel.Fatal)
            .WriteTo.Console(outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSerilog(log, dispose: true));
        services.AddNewsPortalData(configuration);
        services.AddLocalPostgresWhenNoConnectionString(configuration, contentRoot);
        services.AddIngestionCore(configuration, contentRoot);
        services.AddNewsPortalSearch(configuration, contentRoot);
        var cli = new CliServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), configuration, contentRoot);
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
        if (_provider.GetService<EmbeddedPostgres>() is { } embedded)
            await embedded.StopAsync(); // only stops a server this process started
        await _provider.DisposeAsync();
    }
}
