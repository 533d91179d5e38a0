using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Parsing;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests.Support;

/// <summary>A fresh migrated database, a Lucene index (in memory, or on disk in a temporary folder) and pipelines over them.</summary>
public sealed class IngestionBed : IAsyncDisposable
{
    private readonly List<string> _folders = [];

    private IngestionBed(string connectionString)
    {
        ConnectionString = connectionString;
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(options, connectionString);
        Contexts = new PooledDbContextFactory<NewsPortalDbContext>(options.Options);
    }

    public string ConnectionString { get; }
    public IDbContextFactory<NewsPortalDbContext> Contexts { get; }
    public LuceneArticleIndex Index { get; private set; } = null!;
    public PageAnalyzer Analyzer { get; } = new(new PageParser(), new DistrictTagger());

    public static async Task<IngestionBed> CreateAsync(PostgresFixture postgres, bool indexOnDisk = false)
    {
        var bed = new IngestionBed(await postgres.CreateDatabaseAsync());
        bed.Index = indexOnDisk ? LuceneArticleIndex.Open(Path.Combine(bed.Folder(), "index")) : LuceneArticleIndex.InMemory();
        return bed;
    }

    public IngestionPipeline Pipeline(IIngestionFaults? faults = null, Action<IngestionOptions>? configure = null) =>
        new(Contexts, Index, Analyzer, Options.Create(FastOptions(configure)), NullLogger<IngestionPipeline>.Instance, faults);

    public Reindexer Reindexer() => new(Contexts, Index, NullLogger<Reindexer>.Instance);

    public static IngestionOptions FastOptions(Action<IngestionOptions>? configure = null)
    {
        var options = new IngestionOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(200),
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromMilliseconds(100),
            MaxRetryAttempts = 3,
        };
        configure?.Invoke(options);
        return options;
    }

    public NewsPortalDbContext Db() => Contexts.CreateDbContext();

    /// <summary>A temporary folder removed with the bed.</summary>
    public string Folder()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsportal-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        _folders.Add(path);
        return path;
    }

    public async Task<(int Editions, int Articles, int Entities, int Links, int Metrics)> CountRowsAsync()
    {
        await using var db = Db();
        return (await db.Editions.CountAsync(), await db.Articles.CountAsync(), await db.Entities.CountAsync(),
            await db.ArticleEntities.CountAsync(), await db.Metrics.CountAsync());
    }

    public ValueTask DisposeAsync()
    {
        Index.Dispose();
        foreach (var folder in _folders)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
        return ValueTask.CompletedTask;
    }
}
