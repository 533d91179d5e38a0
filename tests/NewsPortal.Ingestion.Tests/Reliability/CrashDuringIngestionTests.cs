using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Core;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests.Reliability;

/// <summary>
/// PostgreSQL crashes in the middle of a run of files, inside an edition's open transaction. Whether ingestion
/// rides out the outage or gives up and is run again, every file ends up stored exactly once,
/// counted against the files themselves, and the search index holds exactly the stored articles.
/// Each case runs twice: files one at a time, as the inbox sends them, and as one batch, as the command line
/// and the seed loader do.
/// </summary>
public sealed class CrashDuringIngestionTests : IAsyncLifetime
{
    private const int Files = 90;
    private const int CrashAtFile = 30;
    private static readonly PageAnalyzer Analyzer = NewsPortalCore.CreateAnalyzer();

    private CrashablePostgres _postgres = null!;
    private IDbContextFactory<NewsPortalDbContext> _contexts = null!;
    private string _folder = null!;
    private List<string> _paths = null!;
    private Dictionary<string, int> _expectedArticles = null!;

    public async Task InitializeAsync()
    {
        _postgres = await CrashablePostgres.StartAsync();
        await _postgres.CreateDatabaseAsync("crash");
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(options, _postgres.ConnectionStringFor("crash"));
        _contexts = new PooledDbContextFactory<NewsPortalDbContext>(options.Options);
        // The schema is made through a connection that waits longer: with the test projects' servers starting side by
        // side, a first connect can take more than the 3 s the runs through the outage allow (CI, 2026-12-07).
        var setup = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(setup, _postgres.ConnectionStringFor("crash", timeoutSeconds: 30));
        await using (var db = new NewsPortalDbContext(setup.Options)) await db.Database.MigrateAsync();

        _folder = Path.Combine(Path.GetTempPath(), "newsportal-crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var pages = new SyntheticCorpus(seed: 41).Pages(Files).ToList();
        _paths = pages.Select(p => Write(_folder, p)).ToList();
        // What each file must become, worked out without PostgreSQL.
        _expectedArticles = pages.ToDictionary(p => p.Name, p => Analyzer.Analyze(p.Content, p.Name).Articles.Count);
    }

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Postgres_killed_mid_transaction_and_back_while_ingestion_retries_leaves_every_file_stored_once(bool batch)
    {
        using var index = LuceneArticleIndex.InMemory();
        var crash = new CrashOnce(_postgres, CrashAtFile, restartAfter: TimeSpan.FromSeconds(1));
        var pipeline = Pipeline(index, crash, attempts: 40);

        var results = await IngestAsync(pipeline, batch);
        await crash.Restarted;

        Assert.True(crash.Crashed);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(Files, results.Count(r => r.Outcome == IngestOutcome.Ingested));
        await AssertEveryFileStoredExactlyOnceAsync(index);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Postgres_killed_mid_batch_then_restarted_and_ingestion_run_again_stores_every_file_exactly_once(bool batch)
    {
        using var index = LuceneArticleIndex.InMemory();
        var crash = new CrashOnce(_postgres, CrashAtFile, restartAfter: null);

        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => IngestAsync(Pipeline(index, crash, attempts: 2), batch));
        await _postgres.RestartAsync();
        await using (var db = await _contexts.CreateDbContextAsync())
        {
            Assert.True(await db.Editions.CountAsync() < Files, $"the crash came after all {Files} files were stored");
        }

        var rerun = await IngestAsync(Pipeline(index, null, attempts: 6), batch);

        Assert.All(rerun, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(Files, rerun.Count);
        Assert.True(rerun.Count(r => r.Outcome == IngestOutcome.AlreadyIngested) > 0, "nothing committed before the crash survived it");
        await AssertEveryFileStoredExactlyOnceAsync(index);
    }

    private async Task AssertEveryFileStoredExactlyOnceAsync(LuceneArticleIndex index)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var editions = await db.Editions.AsNoTracking()
            .Select(e => new { e.FileName, Articles = e.Articles.Count })
            .ToListAsync();
        var perFile = editions.GroupBy(e => e.FileName).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(_expectedArticles.Keys.Order(StringComparer.Ordinal), perFile.Keys.Order(StringComparer.Ordinal)); // none lost
        Assert.All(perFile, f => Assert.Single(f.Value));                                                                // none twice
        Assert.All(editions, e => Assert.Equal(_expectedArticles[e.FileName], e.Articles));                              // whole editions
        var articles = await db.Articles.CountAsync();
        Assert.Equal(_expectedArticles.Values.Sum(), articles);

        // The index holds exactly the stored articles: no article missing, none left over from a rolled-back transaction.
        var stored = (await db.Articles.Select(a => a.Id).ToListAsync()).ToHashSet();
        var indexed = index.SearchIds(new SearchRequest("")); // an empty query matches every document
        Assert.Equal(articles, index.Count);
        Assert.Equal(stored.Order(), indexed.Order());
    }

    /// <summary>Every file, one at a time (the inbox) or as one batch (the command line); stops at the first unavailability.</summary>
    private async Task<List<IngestResult>> IngestAsync(IngestionPipeline pipeline, bool batch)
    {
        if (batch) return [.. (await pipeline.IngestFilesAsync(_paths, null, CancellationToken.None)).Results];
        var results = new List<IngestResult>();
        foreach (var path in _paths) results.Add(await pipeline.IngestFileAsync(path, CancellationToken.None));
        return results;
    }

    private IngestionPipeline Pipeline(IArticleIndexWriter index, IIngestionFaults? faults, int attempts) => new(
        _contexts,
        index,
        Analyzer,
        Options.Create(new IngestionOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(100),
            MaxRetryDelay = TimeSpan.FromMilliseconds(500),
            MaxRetryAttempts = attempts,
        }),
        NullLogger<IngestionPipeline>.Instance,
        faults);

    private static string Write(string folder, PageFile page)
    {
        var path = Path.Combine(folder, page.Name);
        File.WriteAllBytes(path, page.Content);
        return path;
    }

    /// <summary>Kills PostgreSQL inside the transaction of the n-th edition written, once; optionally restarts it later.</summary>
    private sealed class CrashOnce(CrashablePostgres postgres, int atFile, TimeSpan? restartAfter) : IIngestionFaults
    {
        private readonly TaskCompletionSource _restarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _written;

        public bool Crashed { get; private set; }

        public Task Restarted => _restarted.Task;

        private int _committed;
        private int _crashing;

        // Each store worker puts the pages waiting for it in one transaction, so how many files are written before the
        // first commit depends on how fast the reader fed them: the crash waits for the first commit (committed work must
        // survive it) and for the chosen file, whichever comes later.
        public void AfterCommit(int files) => Interlocked.Add(ref _committed, files);

        public void AfterRowsInserted(PageFile file)
        {
            if (Interlocked.Increment(ref _written) < atFile || Volatile.Read(ref _committed) == 0
                || Interlocked.Exchange(ref _crashing, 1) == 1) return;
            postgres.Crash();
            Crashed = true;
            if (restartAfter is { } delay)
            {
                _ = Task.Run(async () =>
                {
                    await Task.Delay(delay);
                    try
                    {
                        await postgres.RestartAsync();
                        _restarted.SetResult();
                    }
                    catch (Exception e)
                    {
                        _restarted.SetException(e);
                    }
                });
            }
        }
    }
}
