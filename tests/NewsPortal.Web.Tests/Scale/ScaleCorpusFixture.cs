using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Scale;

/// <summary>
/// The portal over a representative corpus (a few thousand synthetic articles with their entities and figures,
/// ingested through the real pipeline, then analysed), its contexts recording the statements they run.
/// </summary>
public sealed class ScaleCorpusFixture : IAsyncLifetime
{
    public const int Pages = 450;

    private readonly PostgresFixture _postgres = new();
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "newsportal-scale-tests-" + Guid.NewGuid().ToString("N"));
    private RecordingPortalFactory? _factory;

    public CommandRecorder Recorder { get; } = new();
    public string ConnectionString { get; private set; } = "";
    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        ConnectionString = await _postgres.CreateDatabaseAsync();
        Directory.CreateDirectory(_workDirectory);
        _factory = new RecordingPortalFactory(ConnectionString, _workDirectory, Recorder);
        var pipeline = _factory.Services.GetRequiredService<IngestionPipeline>();
        var summary = await pipeline.IngestPagesAsync(new SyntheticCorpus(seed: 7).Pages(Pages), null, CancellationToken.None);
        if (summary.Failed > 0)
        {
            throw new InvalidOperationException($"{summary.Failed} synthetic pages failed to ingest.");
        }
        await using var db = _postgres.CreateContext(ConnectionString);
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)");
        await SettleVisibilityAsync(db);
    }

    /// <summary>
    /// Vacuums again until every page of the growing tables is marked all-visible, as autovacuum leaves a settled
    /// database. A vacuum that ran while another transaction (the portal's own start-up work) held an older
    /// snapshot cannot mark the pages, and the planner then prices an index-only range as heap lookups.
    /// </summary>
    private static async Task SettleVisibilityAsync(NewsPortalDbContext db)
    {
        var tables = QueryPlans.GrowingTables.ToArray();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var unsettled = await db.Database.SqlQuery<string>(
                $"SELECT relname::text AS \"Value\" FROM pg_class WHERE relname = ANY({tables}) AND relkind = 'r' AND relallvisible < relpages").ToListAsync();
            if (unsettled.Count == 0 || DateTime.UtcNow > deadline)
            {
                return; // (still unsettled: the plan tests that depend on it say so)
            }
            await Task.Delay(250);
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)");
        }
    }

    public NewsPortalDbContext CreateDbContext() => _postgres.CreateContext(ConnectionString);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The index may still be closing.
        }
    }

    private sealed class RecordingPortalFactory(string connectionString, string workDirectory, CommandRecorder recorder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:NewsPortal", connectionString);
            builder.UseSetting("Search:IndexPath", Path.Combine(workDirectory, "index"));
            builder.UseSetting("Ingestion:InboxPath", Path.Combine(workDirectory, "inbox"));
            builder.UseSetting("Ingestion:LoadSeedsOnEmptyDatabase", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(workDirectory, "logs", "portal-.log"));
            builder.UseSetting("RateLimits:SearchPermitLimit", "100000");
            builder.UseSetting("RateLimits:ApiPermitLimit", "100000");
            builder.UseSetting("OutputCache:Enabled", "false");
            builder.ConfigureServices(services => services.ConfigureDbContext<NewsPortalDbContext>(options => options.AddInterceptors(recorder)));
        }
    }
}
