using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>
/// At start-up, rebuilds the search index from PostgreSQL when it is missing, was corrupt, or does not hold
/// the articles the database holds (say, after a crash between commit and index refresh).
/// </summary>
public sealed partial class SearchIndexStartup(
    LuceneArticleIndex index,
    IDbContextFactory<NewsPortalDbContext> contexts,
    Reindexer reindexer,
    ILogger<SearchIndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureCurrentAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseRetry.IsTransient(e))
        {
            // The portal still serves what the index holds; the next start checks again.
            CheckSkipped(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Rebuilds when needed; returns true when it did.</summary>
    public async Task<bool> EnsureCurrentAsync(CancellationToken ct)
    {
        if (index.OpenStatus == IndexOpenStatus.RecreatedAfterCorruption) IndexWasCorrupt(logger, index.OpenProblem ?? "unknown");
        int articles;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            articles = await db.Articles.CountAsync(ct);
        }
        var indexed = index.Count;
        // A missing or wiped index holds nothing, so comparing counts covers those cases as well.
        if (articles == indexed) return false;
        Rebuilding(logger, index.OpenStatus, indexed, articles);
        await reindexer.RebuildAsync(null, ct);
        return true;
    }

    [LoggerMessage(EventId = 6030, Level = LogLevel.Warning, Message = "The search index was unreadable and was wiped: {Problem}")]
    private static partial void IndexWasCorrupt(ILogger logger, string problem);

    [LoggerMessage(EventId = 6031, Level = LogLevel.Warning,
        Message = "Rebuilding the search index from PostgreSQL: index {Status} with {Indexed} articles, database has {Articles}")]
    private static partial void Rebuilding(ILogger logger, IndexOpenStatus status, int indexed, int articles);

    [LoggerMessage(EventId = 6032, Level = LogLevel.Warning, Message = "Search index check skipped, PostgreSQL unavailable: {Reason}")]
    private static partial void CheckSkipped(ILogger logger, string reason);
}
