using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Aggregates;
using NewsPortal.Ingestion.Storage;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>What a reparse did: editions parsed again, articles before and after, and editions kept as they were.</summary>
public sealed record ReparseSummary(int Editions, int ArticlesBefore, int ArticlesAfter, IReadOnlyList<(string File, string Reason)> Kept);

/// <summary>
/// Parses every stored page again with the current parser and extractors, from the page text its edition keeps
/// (<c>editions.raw_text</c>), and replaces the edition's articles, links and figures in one transaction per
/// edition. The edition keeps its id, file name, hash and ingestion log; its articles get new ids, and the index
/// follows. A page the current parser cannot read is left exactly as it was and reported.
/// </summary>
public sealed partial class Reparser(
    IDbContextFactory<NewsPortalDbContext> contexts,
    IArticleIndexWriter index,
    PageAnalyzer analyzer,
    IOptions<IngestionOptions> options,
    ILogger<Reparser> logger)
{
    private const int BatchSize = 50;

    private readonly PageReader _reader = new(analyzer, options.Value);
    private readonly EditionWriter _writer = new(contexts, faults: null);
    private readonly DatabaseRetry _retry = new(options.Value, logger);

    /// <param name="progress">Hears the number of editions done so far.</param>
    public async Task<ReparseSummary> ReparseAllAsync(Action<int>? progress, CancellationToken ct)
    {
        var (editions, before, after) = (0, 0, 0);
        var kept = new List<(string, string)>();
        long last = 0;
        while (true)
        {
            List<StoredPage> batch;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                batch = await db.Editions.AsNoTracking().Where(e => e.Id > last).OrderBy(e => e.Id).Take(BatchSize)
                    .Select(e => new StoredPage(e.Id, e.FileName, e.Sha256, e.RawText, e.Articles.Count))
                    .ToListAsync(ct);
            }
            if (batch.Count == 0) break;
            foreach (var stored in batch)
            {
                var outcome = await ReparseAsync(stored, ct);
                if (outcome.Reason is { } reason)
                {
                    kept.Add((stored.FileName, reason));
                    Kept(logger, stored.FileName, reason);
                }
                else
                {
                    (before, after) = (before + stored.Articles, after + outcome.Articles);
                }
                // Counted apart from the call: `progress?.Invoke(++editions)` skips the increment when nobody listens.
                editions++;
                progress?.Invoke(editions);
            }
            index.Refresh();
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                // The counts pages show take in the batch's replaced articles.
                await db.Database.ExecuteSqlRawAsync(CorpusStatistics.FoldSql, ct);
            }
            last = batch[^1].Id;
        }
        Reparsed(logger, editions, before, after, kept.Count);
        return new ReparseSummary(editions, before, after, kept);
    }

    private async Task<(int Articles, string? Reason)> ReparseAsync(StoredPage stored, CancellationToken ct)
    {
        var file = new PageFile(stored.FileName, Encoding.UTF8.GetBytes(stored.RawText)) { Name = stored.FileName, Sha256 = stored.Sha256 };
        var analysed = _reader.Analyse(new InFlight(stored.FileName) { File = file });
        if (analysed.Done is { Error: var error }) return (0, $"the current parser refuses it ({error}); kept as it was");
        var page = analysed.Page!;
        var written = await _retry.RunAsync(stored.FileName, c => _writer.WriteAsync(file, page, c, reparsing: stored.Id), ct);
        if (written.AlreadyIngested) return (0, "replaced by a newer version meanwhile");
        index.Delete(written.ReplacedArticleIds);
        index.Upsert(written.Articles.Zip(page.Articles, ArticleDocuments.From).ToList());
        return (page.Articles.Count, null);
    }

    private sealed record StoredPage(long Id, string FileName, string Sha256, string RawText, int Articles);

    [LoggerMessage(EventId = 6040, Level = LogLevel.Warning, Message = "Reparse kept {File} as it was: {Reason}")]
    private static partial void Kept(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6041, Level = LogLevel.Information, Message = "Reparsed {Editions} editions: {Before} articles before, {After} after; {Kept} kept as they were")]
    private static partial void Reparsed(ILogger logger, int editions, int before, int after, int kept);
}
