using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Inbox;

public sealed class InboxWatcherTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private IngestionBed _bed = null!;
    private string _root = null!;
    private string _inbox = null!;

    public async Task InitializeAsync()
    {
        _bed = await IngestionBed.CreateAsync(postgres);
        _root = _bed.Folder();
        _inbox = Path.Combine(_root, "inbox");
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Page_dropped_into_the_inbox_is_ingested_and_moved_to_processed_within_seconds()
    {
        await using var watcher = await StartAsync();
        var page = Pages.Synthetic(3);

        Pages.Write(_inbox, page);

        await Eventually(() => File.Exists(Path.Combine(_inbox, "processed", page.Name)));
        Assert.False(File.Exists(Path.Combine(_inbox, page.Name)));
        await using var db = _bed.Db();
        Assert.True(await db.Editions.AnyAsync(e => e.Sha256 == page.Sha256));
        Assert.True(_bed.Index.Count > 0);
    }

    [Fact]
    public async Task File_that_is_not_a_page_goes_to_failed_with_its_reason_beside_it()
    {
        await using var watcher = await StartAsync();

        await File.WriteAllBytesAsync(Path.Combine(_inbox, "photo.jpg"), Pages.Binary());

        var reason = Path.Combine(_inbox, "failed", "photo.jpg.reason.txt");
        await Eventually(() => File.Exists(Path.Combine(_inbox, "failed", "photo.jpg")));
        Assert.Contains("not a newspaper page", await File.ReadAllTextAsync(reason));
        Assert.Equal(0, (await _bed.CountRowsAsync()).Editions);
    }

    [Fact]
    public async Task Seed_pages_are_ingested_on_the_first_start_with_an_empty_database()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        Pages.Write(seeds, Pages.Synthetic(1));
        Pages.Write(seeds, Pages.Synthetic(2));

        await using var watcher = await StartAsync(o => o.LoadSeedsOnEmptyDatabase = true);

        await Eventually(async () => (await _bed.CountRowsAsync()).Editions == 2);
        Assert.True(File.Exists(Path.Combine(seeds, Pages.Synthetic(1).Name)));
    }

    [Fact]
    public async Task Files_stay_in_the_inbox_while_postgresql_is_unavailable()
    {
        var unreachable = new Npgsql.NpgsqlConnectionStringBuilder(_bed.ConnectionString) { Port = 1, Timeout = 1 }.ConnectionString;
        await using var watcher = await StartAsync(connectionString: unreachable);
        var path = Pages.Write(_inbox, Pages.Synthetic(4));

        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(_inbox, "failed")));
    }

    [Fact]
    public async Task The_inbox_resumes_by_itself_when_postgresql_is_back()
    {
        var database = new SwitchableContexts(Unreachable(), _bed.Contexts);
        await using var watcher = await StartAsync(contexts: database);
        var page = Pages.Synthetic(5);
        var path = Pages.Write(_inbox, page);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.True(File.Exists(path));

        database.Restore();

        await Eventually(() => File.Exists(Path.Combine(_inbox, "processed", page.Name)));
        await using var db = _bed.Db();
        Assert.True(await db.Editions.AnyAsync(e => e.Sha256 == page.Sha256));
    }

    private IDbContextFactory<NewsPortalDbContext> Unreachable()
    {
        var builder = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(builder,
            new Npgsql.NpgsqlConnectionStringBuilder(_bed.ConnectionString) { Port = 1, Timeout = 1 }.ConnectionString);
        return new PooledDbContextFactory<NewsPortalDbContext>(builder.Options);
    }

    /// <summary>A database that is down until the test brings it back.</summary>
    private sealed class SwitchableContexts(IDbContextFactory<NewsPortalDbContext> down, IDbContextFactory<NewsPortalDbContext> up)
        : IDbContextFactory<NewsPortalDbContext>
    {
        private volatile bool _up;

        public void Restore() => _up = true;

        public NewsPortalDbContext CreateDbContext() => (_up ? up : down).CreateDbContext();
    }

    private async Task<RunningWatcher> StartAsync(
        Action<IngestionOptions>? configure = null, string? connectionString = null, IDbContextFactory<NewsPortalDbContext>? contexts = null)
    {
        var options = IngestionBed.FastOptions(o =>
        {
            o.InboxPath = _inbox;
            o.SeedsPath = "seeds";
            o.LoadSeedsOnEmptyDatabase = false;
            configure?.Invoke(o);
        });
        contexts ??= _bed.Contexts;
        if (connectionString is not null)
        {
            var builder = new DbContextOptionsBuilder<NewsPortalDbContext>();
            DatabaseSetup.UseNewsPortalDatabase(builder, connectionString);
            contexts = new PooledDbContextFactory<NewsPortalDbContext>(builder.Options);
        }
        var pipeline = new IngestionPipeline(contexts, _bed.Index, _bed.Analyzer, Options.Create(options), NullLogger<IngestionPipeline>.Instance);
        var watcher = new InboxWatcher(pipeline, contexts, Options.Create(options), new TestEnvironment(_root), NullLogger<InboxWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        await Eventually(() => Directory.Exists(Path.Combine(_inbox, "processed")));
        return new RunningWatcher(watcher);
    }

    private static Task Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"Condition not met within {Patience.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    private sealed class RunningWatcher(InboxWatcher watcher) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await watcher.StopAsync(CancellationToken.None);
            watcher.Dispose();
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "NewsPortal.Ingestion.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
