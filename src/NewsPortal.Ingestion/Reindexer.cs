using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>Rebuilds the search index from PostgreSQL, the source of truth, in batches of articles.</summary>
public sealed partial class Reindexer(IDbContextFactory<NewsPortalDbContext> contexts, IArticleIndexWriter index, ILogger<Reindexer> logger)
{
    public const int BatchSize = 500;

    /// <summary>Clears the index and fills it again; searches see the old index until the final refresh.</summary>
    /// <param name="progress">Told the number of articles indexed so far after each batch.</param>
    /// <returns>How many articles were indexed.</returns>
    public async Task<int> RebuildAsync(Action<int>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        index.Clear();
        var total = 0;
        long after = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > after)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .Include(a => a.Entities).ThenInclude(l => l.Entity)
                .AsSplitQuery()
                .ToListAsync(ct);
            if (batch.Count == 0) break;
            index.Upsert(batch.Select(ArticleDocuments.From).ToList());
            after = batch[^1].Id;
            total += batch.Count;
            progress?.Invoke(total);
        }
        index.CompleteRebuild();
        Rebuilt(logger, total, Math.Round(clock.Elapsed.TotalMilliseconds));
        return total;
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Search index rebuilt from PostgreSQL: {Articles} articles in {DurationMs} ms")]
    private static partial void Rebuilt(ILogger logger, int articles, double durationMs);
}
