using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>
/// Rebuilds the search index from PostgreSQL when it is missing, was corrupt, or does not hold the articles the
/// database holds (say, after a crash between commit and index refresh). The portal runs it in the background at
/// start-up (<see cref="SearchIndexRebuildService"/>); the command line before it ingests.
/// </summary>
public sealed partial class SearchIndexCheck(
    IArticleIndexWriter index,
    IDbContextFactory<NewsPortalDbContext> contexts,
    Reindexer reindexer,
    ILogger<SearchIndexCheck> logger)
{
    /// <summary>Rebuilds when needed, telling <paramref name="progress"/> how far it got; returns true when it did.</summary>
    public async Task<bool> EnsureCurrentAsync(SearchIndexRebuildProgress? progress, CancellationToken ct)
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
        progress?.Rebuilding(articles);
        await reindexer.RebuildAsync(done => progress?.Indexed(done), ct);
        return true;
    }

    [LoggerMessage(EventId = 6030, Level = LogLevel.Warning, Message = "The search index was unreadable and was wiped: {Problem}")]
    private static partial void IndexWasCorrupt(ILogger logger, string problem);

    [LoggerMessage(EventId = 6031, Level = LogLevel.Warning,
        Message = "Rebuilding the search index from PostgreSQL: index {Status} with {Indexed} articles, database has {Articles}")]
    private static partial void Rebuilding(ILogger logger, IndexOpenStatus status, int indexed, int articles);
}
