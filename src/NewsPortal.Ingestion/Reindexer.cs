using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Data.Model;
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
                .Include(a => a.Metrics).ThenInclude(m => m.SubjectEntity)
                .AsSplitQuery()
                .ToListAsync(ct);
            if (batch.Count == 0) break;
            var pageTextIn = await EditionsAsync(db, batch, ct);
            index.Upsert(batch.Select(a => ArticleDocuments.From(a, pageTextIn[a.EditionId])).ToList());
            after = batch[^1].Id;
            total += batch.Count;
            progress?.Invoke(total);
        }
        index.CompleteRebuild();
        Rebuilt(logger, total, Math.Round(clock.Elapsed.TotalMilliseconds));
        return total;
    }

    /// <summary>
    /// Sets each article's edition (its page text only where the article keeps it: the edition's first article) and
    /// returns, by edition, the id of the first article.
    /// </summary>
    private static async Task<Dictionary<long, long>> EditionsAsync(NewsPortalDbContext db, List<Article> batch, CancellationToken ct)
    {
        var ids = batch.Select(a => a.EditionId).Distinct().ToList();
        // The edition's first article as printed: position 0 as ingestion stores it, or the lowest position left when
        // that article is gone (a page's articles are a handful, so all of them are read).
        var first = (await db.Articles.Where(a => ids.Contains(a.EditionId))
                .Select(a => new { a.EditionId, a.Position, a.Id }).ToListAsync(ct))
            .GroupBy(a => a.EditionId)
            .ToDictionary(g => g.Key, g => g.MinBy(a => a.Position)!.Id);
        var keepers = batch.Where(a => first[a.EditionId] == a.Id).Select(a => a.EditionId).ToList();
        var editions = await db.Editions.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new Edition
            {
                Id = e.Id,
                FileName = "",
                Sha256 = "",
                Paper = e.Paper,
                PageNumber = e.PageNumber,
                PublishedOn = e.PublishedOn,
                RawText = keepers.Contains(e.Id) ? e.RawText : "",
            })
            .ToDictionaryAsync(e => e.Id, ct);
        batch.ForEach(a => a.Edition = editions[a.EditionId]);
        return first;
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Search index rebuilt from PostgreSQL: {Articles} articles in {DurationMs} ms")]
    private static partial void Rebuilt(ILogger logger, int articles, double durationMs);
}
