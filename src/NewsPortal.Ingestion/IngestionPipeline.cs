using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Aggregates;
using NewsPortal.Data.Model;
using NewsPortal.Ingestion.Storage;
using NewsPortal.Search;
using Npgsql;

namespace NewsPortal.Ingestion;

/// <summary>
/// Page files in; editions, articles, entity links, figures and index entries out. Four stages run at once:
/// read + analyse (parallel), store (several workers, a transaction per group of pages), index (one thread), flush
/// (one index commit and the IngestedFile rows per batch). PageAnalyzer must therefore be safe to call from several threads.
/// </summary>
public sealed class IngestionPipeline
{
    private const int ChunkSize = 64;

    /// <summary>Transactions in flight at once in batch mode: storing waits on round trips more than on CPU.</summary>
    private static readonly int StoreWorkers = Math.Max(2, Environment.ProcessorCount + 1);

    internal static int StoreWorkerCount => StoreWorkers;

    /// <summary>
    /// Pages a store worker puts in one transaction, of those waiting for it (its channel holds <see cref="ChunkSize"/>):
    /// each statement, round trip and aggregate trigger then serves them all, and the measure log gets one row per entity
    /// and measure a statement: groups of 64 logged about 106 rows a page over 0 → 100,000, groups of 16 about 152
    /// (docs/benchmarks.md, Ingestion).
    /// </summary>
    internal const int StoreGroupPages = 64;
    // Each flush commits the search index, writing a segment that later merges rewrite, and folds the counts' logs:
    // every 2 s (80–700 articles a segment) the CLI spent a fifth of its CPU in Lucene's flushes and merges while growing
    // a corpus, and the folds upserted the same pairs again and again (docs/benchmarks.md, Ingestion).
    private const int BatchFlushFiles = 1000;
    internal static readonly TimeSpan BatchFlushInterval = TimeSpan.FromSeconds(10);

    /// <summary>A batch's flush committed the index without reopening searchers (<see cref="IArticleIndexWriter.Commit"/>).</summary>
    private volatile bool _searchersBehind;

    private readonly IDbContextFactory<NewsPortalDbContext> _contexts;
    private readonly IArticleIndexWriter _index;
    private readonly ILogger _logger;
    private readonly PageReader _reader;
    private readonly EditionWriter _writer;
    private readonly DatabaseRetry _retry;

    public IngestionPipeline(
        IDbContextFactory<NewsPortalDbContext> contexts,
        IArticleIndexWriter index,
        PageAnalyzer analyzer,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger,
        IIngestionFaults? faults = null)
    {
        _contexts = contexts;
        _index = index;
        _logger = logger;
        _reader = new PageReader(analyzer, options.Value);
        _writer = new EditionWriter(contexts, faults);
        _retry = new DatabaseRetry(options.Value, logger);
    }

    /// <summary>Ingests one file and makes it searchable before returning.</summary>
    /// <exception cref="DatabaseUnavailableException">PostgreSQL stayed unreachable; the file was not recorded.</exception>
    public async Task<IngestResult> IngestFileAsync(string path, CancellationToken ct) =>
        (await RunAsync([new Source(path, null)], batch: false, progress: null, ct)).Results[0];

    /// <summary>Ingests page content held in memory (tests, benchmarks, uploads).</summary>
    public async Task<IngestResult> IngestAsync(PageFile page, CancellationToken ct) =>
        (await RunAsync([new Source(page.Path, page)], batch: false, progress: null, ct)).Results[0];

    /// <summary>
    /// Ingests many files, committing the index once per batch rather than per file.
    /// <paramref name="progress"/> hears of each file as soon as it is stored.
    /// </summary>
    public Task<IngestSummary> IngestFilesAsync(IEnumerable<string> paths, Action<IngestResult>? progress, CancellationToken ct) =>
        RunAsync(paths.Select(p => new Source(p, null)), batch: true, progress, ct);

    public Task<IngestSummary> IngestPagesAsync(IEnumerable<PageFile> pages, Action<IngestResult>? progress, CancellationToken ct) =>
        RunAsync(pages.Select(p => new Source(p.Path, p)), batch: true, progress, ct);

    /// <summary>
    /// Ingests the pages as part of a longer <paramref name="run"/>: the run's flushes (index commit, ingestion log, fold)
    /// come every 1,000 files or 10 seconds across its calls, so a call does not end with a flush of its own that nothing
    /// else overlaps; the files since the last flush wait for a later call or <see cref="CompleteAsync"/>.
    /// The summary holds this call's files as indexed (an index commit that fails later is logged, not reported).
    /// </summary>
    public Task<IngestSummary> IngestPagesAsync(IEnumerable<PageFile> pages, IngestionRun run, Action<IngestResult>? progress, CancellationToken ct) =>
        RunAsync(pages.Select(p => new Source(p.Path, p)), batch: true, progress, ct, run);

    /// <summary>The run's last flush: every file of its calls is then searchable, logged and counted.</summary>
    public Task CompleteAsync(IngestionRun run, CancellationToken ct) => FlushAsync(run.Pending, [], reopen: true, ct);

    private async Task<IngestSummary> RunAsync(IEnumerable<Source> sources, bool batch, Action<IngestResult>? progress, CancellationToken ct, IngestionRun? longer = null)
    {
        var clock = Stopwatch.StartNew();
        // Stops the other stages when one fails, so none is left waiting on a channel nobody reads.
        using var run = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Files of the same name always go to the same store worker, so a later version is stored after an earlier one.
        var analysed = Enumerable.Range(0, batch ? StoreWorkers : 1)
            .Select(_ => Channel.CreateBounded<InFlight>(new BoundedChannelOptions(ChunkSize) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        var stored = Channel.CreateBounded<InFlight>(new BoundedChannelOptions(ChunkSize * 2) { SingleReader = true });
        // Room for a whole flush's files: while a flush commits the index and folds the counts, storing and indexing go on.
        var indexed = Channel.CreateBounded<Indexed>(new BoundedChannelOptions(batch ? BatchFlushFiles : 1) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAllAsync(sources, analysed.Select(c => c.Writer).ToArray(), longer, run.Token), run.Token);
        var storing = Task.WhenAll(analysed.Select(c => Task.Run(() => StoreAllAsync(c.Reader, stored.Writer, run.Token), run.Token)))
            .ContinueWith(t => stored.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        var indexing = Task.Run(() => IndexAllAsync(stored.Reader, indexed.Writer, run.Token), run.Token);

        var results = new List<IngestResult>();
        var own = new List<IngestResult>(); // this call's files, when the longer run flushes them
        var (pending, sinceFlush) = longer is null ? ([], Stopwatch.StartNew()) : (longer.Pending, longer.SinceFlush);
        try
        {
            await foreach (var item in indexed.Reader.ReadAllAsync(ct))
            {
                pending.Add(item);
                if (longer is not null) own.Add(item.Done);
                progress?.Invoke(item.Done);
                if (!batch || pending.Count >= BatchFlushFiles || sinceFlush.Elapsed >= (longer?.FlushInterval ?? BatchFlushInterval))
                {
                    // A batch's searchers are reopened once, at its end: nothing reads its documents before.
                    await FlushAsync(pending, results, reopen: !batch, ct);
                    sinceFlush.Restart();
                }
            }
            await Task.WhenAll(reading, storing, indexing);
        }
        catch (DatabaseUnavailableException)
        {
            // What was committed before PostgreSQL went away still belongs in the index.
            CommitIndex(pending, reopen: true);
            throw;
        }
        finally
        {
            await run.CancelAsync();
        }
        if (longer is not null) return new IngestSummary(own, clock.Elapsed);
        await FlushAsync(pending, results, reopen: true, ct);
        return new IngestSummary(results, clock.Elapsed);
    }

    /// <summary>Stage 1: read a chunk, skip content already stored, analyse the rest on every core.</summary>
    private async Task ReadAllAsync(IEnumerable<Source> sources, ChannelWriter<InFlight>[] outputs, IngestionRun? longer, CancellationToken ct)
    {
        try
        {
            foreach (var chunk in sources.Chunk(ChunkSize))
            {
                var loaded = new List<InFlight>(chunk.Length);
                foreach (var source in chunk) loaded.Add(await _reader.ReadAsync(source.Path, source.Page, ct));

                var hashes = loaded.Where(l => l.File is not null).Select(l => l.File!.Sha256).Distinct().ToList();
                var known = hashes.Count == 0 ? [] : await _retry.RunAsync(chunk[0].Path, c => KnownHashesAsync(hashes, c), ct);

                var ready = new InFlight[loaded.Count];
                Parallel.For(0, loaded.Count, new ParallelOptions { CancellationToken = ct }, i =>
                    ready[i] = loaded[i] is { Done: null, File: { } file } && known.Contains(file.Sha256)
                        ? loaded[i] with { Done = loaded[i].Settle(IngestOutcome.AlreadyIngested) }
                        : _reader.Analyse(loaded[i]));
                // Before the next chunk is taken from the sources, which may size it from these (bench corpus).
                longer?.Analysed(ready);
                foreach (var item in ready) await outputs[Worker(item.Path, outputs.Length)].WriteAsync(item, ct);
            }
            foreach (var output in outputs) output.Complete();
        }
        catch (Exception e)
        {
            foreach (var output in outputs) output.Complete(e);
        }
    }

    private static int Worker(string path, int workers) =>
        (int)((uint)string.GetHashCode(Path.GetFileName(path), StringComparison.Ordinal) % (uint)workers);

    /// <summary>
    /// Stage 2, one of several workers: the pages waiting for it stored together, up to <see cref="StoreGroupPages"/> in
    /// one transaction (a name or a content met twice starts the next group). A failure ends the whole run.
    /// </summary>
    private async Task StoreAllAsync(ChannelReader<InFlight> input, ChannelWriter<InFlight> output, CancellationToken ct)
    {
        try
        {
            var group = new List<InFlight>();
            while (await input.WaitToReadAsync(ct))
            {
                group.Clear();
                var (names, contents) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
                while (group.Count < StoreGroupPages && input.TryPeek(out var next))
                {
                    if (next.Done is null && !(names.Add(next.File!.Name) & contents.Add(next.File.Sha256))) break;
                    input.TryRead(out _);
                    if (next.Done is null) group.Add(next);
                    else await output.WriteAsync(next, ct);
                }
                foreach (var item in await StoreAsync(group, ct)) await output.WriteAsync(item, ct);
            }
        }
        catch (Exception e)
        {
            output.TryComplete(e);
            throw;
        }
    }

    /// <summary>Stores the pages in one transaction, or one at a time when they cannot go together or one fails.</summary>
    private async Task<IReadOnlyList<InFlight>> StoreAsync(List<InFlight> group, CancellationToken ct)
    {
        if (group.Count == 0) return [];
        if (group.Count == 1) return [await StoreAsync(group[0], ct)];
        var clock = Stopwatch.StartNew();
        IReadOnlyList<StoredEdition>? stored;
        try
        {
            var pages = group.Select(item => new PageToStore(item.File!, item.Page!)).ToList();
            stored = await _retry.RunAsync(group[0].Path, c => _writer.WriteAsync(pages, c), ct);
        }
        catch (Exception e) when (e is not (DatabaseUnavailableException or OperationCanceledException))
        {
            // One page's failure must not take the others with it: each is tried on its own.
            stored = null;
        }
        if (stored is null)
        {
            var alone = new List<InFlight>(group.Count);
            foreach (var item in group) alone.Add(await StoreAsync(item, ct));
            return alone;
        }
        var share = clock.Elapsed.TotalMilliseconds / group.Count;
        return group.Select((item, i) => Stored(item with { StoreMs = share }, stored[i])).ToList();
    }

    private async Task<InFlight> StoreAsync(InFlight item, CancellationToken ct)
    {
        var (file, page) = (item.File!, item.Page!);
        var clock = Stopwatch.StartNew();
        StoredEdition stored;
        try
        {
            stored = await _retry.RunAsync(file.Path, c => _writer.WriteAsync(file, page, c), ct);
        }
        catch (Exception e) when (e is not (DatabaseUnavailableException or OperationCanceledException))
        {
            return (item with { StoreMs = clock.Elapsed.TotalMilliseconds }).Fail($"store failed, nothing kept: {e.Message}");
        }
        return Stored(item with { StoreMs = clock.Elapsed.TotalMilliseconds }, stored);
    }

    private static InFlight Stored(InFlight item, StoredEdition stored)
    {
        if (stored.AlreadyIngested) return item with { Done = item.Settle(IngestOutcome.AlreadyIngested) };

        var page = item.Page!;
        var outcome = stored.ReplacedArticleIds.Count > 0 ? IngestOutcome.Replaced : IngestOutcome.Ingested;
        var figures = page.Articles.Sum(a => a.Figures.Count);
        return item with
        {
            Done = item.Settle(outcome, null, stored.EditionId, page.Articles.Count, figures),
            Documents = stored.Articles.Zip(page.Articles, ArticleDocuments.From).ToList(),
            Replaced = stored.ReplacedArticleIds,
        };
    }

    /// <summary>
    /// Stage 3, on a thread of its own: the stored files' documents to the index writer, in the order they were stored
    /// (a later version's delete comes after the earlier version's documents).
    /// </summary>
    private async Task IndexAllAsync(ChannelReader<InFlight> input, ChannelWriter<Indexed> output, CancellationToken ct)
    {
        try
        {
            await foreach (var item in input.ReadAllAsync(ct)) await output.WriteAsync(new Indexed(AddToIndex(item).Done!, item.TouchesIndex), ct);
            output.Complete();
        }
        catch (Exception e)
        {
            output.TryComplete(e);
        }
    }

    /// <summary>Hands the file's documents to the index writer (visible after the next commit).</summary>
    private InFlight AddToIndex(InFlight item)
    {
        if (!item.TouchesIndex) return item;
        var clock = Stopwatch.StartNew();
        string? error = null;
        try
        {
            if (item.Replaced.Count > 0) _index.Delete(item.Replaced);
            _index.Upsert(item.Documents);
        }
        catch (Exception e)
        {
            IngestionLog.IndexUpdateFailed(_logger, e, 1);
            error = IndexError(e);
        }
        var done = item.Done!;
        return item with { Done = done with { Error = error, Timings = done.Timings with { IndexMs = clock.Elapsed.TotalMilliseconds } } };
    }

    /// <summary>Stage 4: one index commit, one insert of IngestedFile rows, one log event per file.</summary>
    /// <param name="reopen">Whether searchers then see the index as committed; a batch's last flush does, also with nothing pending.</param>
    private async Task FlushAsync(List<Indexed> pending, List<IngestResult> results, bool reopen, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            if (reopen && _searchersBehind) ReopenSearchers();
            return;
        }
        var settled = CommitIndex(pending, reopen);
        await RecordAsync(settled, ct);
        foreach (var result in settled)
        {
            IngestionLog.FileDone(_logger, result);
            results.Add(result);
        }
        pending.Clear();
    }

    /// <summary>Commits the index once (and reopens searchers when asked); the time is shared by the files that touched it.</summary>
    private List<IngestResult> CommitIndex(List<Indexed> pending, bool reopen)
    {
        var touched = pending.Count(p => p.TouchesIndex);
        if (touched == 0)
        {
            if (reopen && _searchersBehind) ReopenSearchers();
            return pending.Select(p => p.Done).ToList();
        }
        var clock = Stopwatch.StartNew();
        string? error = null;
        try
        {
            if (reopen) _index.Refresh();
            else _index.Commit();
            _searchersBehind = !reopen;
        }
        catch (Exception e)
        {
            IngestionLog.IndexUpdateFailed(_logger, e, touched);
            error = IndexError(e);
        }
        var share = clock.Elapsed.TotalMilliseconds / touched;
        return pending.Select(p => p.TouchesIndex
            ? p.Done with { Error = error ?? p.Done.Error, Timings = p.Done.Timings with { IndexMs = p.Done.Timings.IndexMs + share } }
            : p.Done).ToList();
    }

    /// <summary>Searchers see what a batch's earlier flushes committed (its last flush had nothing pending).</summary>
    private void ReopenSearchers()
    {
        try
        {
            _index.Refresh();
            _searchersBehind = false;
        }
        catch (Exception e)
        {
            IngestionLog.IndexUpdateFailed(_logger, e, 0);
        }
    }

    private static string IndexError(Exception e) => $"stored, but the search index update failed ({e.Message}); run `newsportal reindex`";

    /// <summary>
    /// One IngestedFile row per processed or failed file. Each edition's own commit is already durable
    /// (synchronous), so a crash before this row only means the next run finds the content stored and skips it.
    /// </summary>
    private async Task RecordAsync(List<IngestResult> results, CancellationToken ct)
    {
        var recorded = results.Where(r => r.Outcome != IngestOutcome.AlreadyIngested).ToList();
        if (recorded.Count == 0) return;
        try
        {
            await _retry.RunAsync(recorded[0].Path, async c =>
            {
                await using var db = await _contexts.CreateDbContextAsync(c);
                await db.Database.OpenConnectionAsync(c);
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                // One transaction, so that a retry after a failed fold does not log the flush's files twice.
                await using var transaction = await connection.BeginTransactionAsync(c);
                var rows = EditionRows.For(db.Model);
                // An edition replaced since its file was stored, by a later file of this flush or one stored while it
                // ran, leaves the row without it, as the replacement's delete would have had the row been written first.
                var kept = await rows.KeepAsync(connection, recorded.Where(r => r.EditionId is not null).Select(r => r.EditionId!.Value).ToHashSet(), c);
                await rows.Files.WriteAsync(connection, recorded.Select(r => ToRow(r, kept)), c);
                // The counts pages show (entity_stats, corpus_totals) take in what this flush stored.
                await using var fold = new NpgsqlBatch(connection, transaction)
                {
                    BatchCommands = { new(StoringCosts.Set), new(CorpusStatistics.FoldSql) },
                };
                await fold.ExecuteNonQueryAsync(c);
                await transaction.CommitAsync(c);
                return recorded.Count;
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestionLog.RecordFailed(_logger, e, recorded.Count);
            return;
        }
        await AnalyzeGrownTablesAsync(ct);
    }

    /// <summary>The planner's statistics follow the corpus' growth (<see cref="GrowingTables"/>); best effort.</summary>
    private async Task AnalyzeGrownTablesAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            await GrowingTables.For(db.Model).AnalyzeGrownAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestionLog.AnalyzeFailed(_logger, e);
        }
    }

    private static IngestedFile ToRow(IngestResult r, HashSet<long> kept) => new()
    {
        Path = r.Path,
        Sha256 = r.Sha256,
        Status = r.Outcome == IngestOutcome.Failed ? IngestStatus.Failed : IngestStatus.Processed,
        Error = r.Error,
        EditionId = r.EditionId is { } id && kept.Contains(id) ? id : null,
        Articles = r.Articles,
        Figures = r.Figures,
        StartedAt = DateTimeOffset.UtcNow - TimeSpan.FromMilliseconds(r.Timings.TotalMs),
        ParseMs = r.Timings.ParseMs,
        StoreMs = r.Timings.StoreMs,
        IndexMs = r.Timings.IndexMs,
        TotalMs = r.Timings.TotalMs,
    };

    private async Task<HashSet<string>> KnownHashesAsync(List<string> hashes, CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        return [.. await db.Editions.AsNoTracking().Where(e => hashes.Contains(e.Sha256)).Select(e => e.Sha256).ToListAsync(ct)];
    }

    private sealed record Source(string Path, PageFile? Page);

    /// <summary>
    /// What a flush needs of an indexed file: its result, and whether the index commit is its. The page, its text and its
    /// documents are let go here, not kept for up to a flush's wait (about 1,000 pages held into the oldest generation).
    /// </summary>
    internal sealed record Indexed(IngestResult Done, bool TouchesIndex);
}
