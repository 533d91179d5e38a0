using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Ingestion.Storage;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>
/// Page files in; editions, articles, entity links, metrics and index entries out.
/// Read and analyse run in parallel ahead of the store stage; each file is stored in its own
/// transaction; the index is refreshed once per flush rather than per file.
/// </summary>
public sealed class IngestionPipeline
{
    private const int ChunkSize = 64;
    private const int BatchFlushFiles = 256;
    private static readonly TimeSpan BatchFlushInterval = TimeSpan.FromSeconds(1);

    private readonly IDbContextFactory<NewsPortalDbContext> _contexts;
    private readonly IArticleIndex _index;
    private readonly PageAnalyzer _analyzer;
    private readonly IngestionOptions _options;
    private readonly ILogger _logger;
    private readonly EditionWriter _writer;
    private readonly DatabaseRetry _retry;

    public IngestionPipeline(
        IDbContextFactory<NewsPortalDbContext> contexts,
        IArticleIndex index,
        PageAnalyzer analyzer,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger,
        IIngestionFaults? faults = null)
    {
        _contexts = contexts;
        _index = index;
        _analyzer = analyzer;
        _options = options.Value;
        _logger = logger;
        _writer = new EditionWriter(contexts, faults);
        _retry = new DatabaseRetry(_options, logger);
    }

    /// <summary>Ingests one file and makes it searchable before returning.</summary>
    /// <exception cref="DatabaseUnavailableException">PostgreSQL stayed unreachable; nothing was recorded.</exception>
    public async Task<IngestResult> IngestFileAsync(string path, CancellationToken ct) =>
        (await RunAsync([Source.FromPath(path)], batch: false, progress: null, ct)).Results[0];

    /// <summary>Ingests page content held in memory (tests, benchmarks, uploads).</summary>
    public async Task<IngestResult> IngestAsync(PageFile page, CancellationToken ct) =>
        (await RunAsync([Source.FromMemory(page)], batch: false, progress: null, ct)).Results[0];

    /// <summary>Ingests many files, refreshing the index once per batch; reports each file as its batch completes.</summary>
    public Task<IngestSummary> IngestFilesAsync(IEnumerable<string> paths, Action<IngestResult>? progress, CancellationToken ct) =>
        RunAsync(paths.Select(Source.FromPath), batch: true, progress, ct);

    public Task<IngestSummary> IngestPagesAsync(IEnumerable<PageFile> pages, Action<IngestResult>? progress, CancellationToken ct) =>
        RunAsync(pages.Select(Source.FromMemory), batch: true, progress, ct);

    private async Task<IngestSummary> RunAsync(IEnumerable<Source> sources, bool batch, Action<IngestResult>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var analysed = Channel.CreateBounded<Analysed>(new BoundedChannelOptions(ChunkSize * 2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(sources, analysed.Writer, ct), ct);

        var results = new List<IngestResult>();
        var pending = new List<Stored>();
        var sinceFlush = Stopwatch.StartNew();
        try
        {
            await foreach (var item in analysed.Reader.ReadAllAsync(ct))
            {
                pending.Add(item.Done is { } done ? new Stored(done, [], []) : await StoreAsync(item, batch, ct));
                if (!batch || pending.Count >= BatchFlushFiles || sinceFlush.Elapsed >= BatchFlushInterval)
                {
                    await FlushAsync(pending, results, progress, ct);
                    sinceFlush.Restart();
                }
            }
            await producer;
        }
        catch (DatabaseUnavailableException)
        {
            // What was committed before PostgreSQL went away still belongs in the index.
            UpdateIndex(pending);
            throw;
        }
        await FlushAsync(pending, results, progress, ct);
        return new IngestSummary(results, clock.Elapsed);
    }

    private async Task ProduceAsync(IEnumerable<Source> sources, ChannelWriter<Analysed> writer, CancellationToken ct)
    {
        try
        {
            foreach (var chunk in sources.Chunk(ChunkSize))
            {
                var loaded = new List<Analysed>(chunk.Length);
                foreach (var source in chunk) loaded.Add(await LoadAsync(source, ct));

                var hashes = loaded.Where(l => l.File is not null).Select(l => l.File!.Sha256).Distinct().ToList();
                var known = hashes.Count == 0
                    ? []
                    : await _retry.RunAsync(chunk[0].Path, c => KnownHashesAsync(hashes, c), ct);

                var ready = new Analysed[loaded.Count];
                Parallel.For(0, loaded.Count, new ParallelOptions { CancellationToken = ct }, i =>
                    ready[i] = loaded[i] is { File: { } file } l && known.Contains(file.Sha256)
                        ? l with { Done = Result(l, IngestOutcome.AlreadyIngested, null, 0, 0, null, 0, 0) }
                        : Analyse(loaded[i]));
                foreach (var item in ready) await writer.WriteAsync(item, ct);
            }
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    private async Task<Analysed> LoadAsync(Source source, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var item = new Analysed(source.Path);
        try
        {
            if (source.Page is { } inMemory)
            {
                return inMemory.Content.LongLength > _options.MaxFileBytes
                    ? item with { Done = Failed(item, TooLarge(inMemory.Content.LongLength)) }
                    : item with { File = inMemory };
            }
            var info = new FileInfo(source.Path);
            if (!info.Exists) return item with { Done = Failed(item, "file not found") };
            if (info.Length > _options.MaxFileBytes) return item with { Done = Failed(item, TooLarge(info.Length)) };
            var content = await File.ReadAllBytesAsync(source.Path, ct);
            return item with { File = new PageFile(source.Path, content), ReadMs = clock.Elapsed.TotalMilliseconds };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return item with { Done = Failed(item, $"unreadable file: {e.Message}") };
        }
    }

    private string TooLarge(long bytes) =>
        $"file is {bytes:N0} bytes, over the {_options.MaxFileBytes:N0}-byte limit (Ingestion:MaxFileBytes): not a page dump";

    private Analysed Analyse(Analysed item)
    {
        if (item.Done is not null || item.File is not { } file) return item;
        var clock = Stopwatch.StartNew();
        if (PageScreen.Refuse(file.Content) is { } refusal) return item with { Done = Failed(item, refusal) };
        try
        {
            var page = _analyzer.Analyze(file.Content, file.Name);
            item = item with { ParseMs = clock.Elapsed.TotalMilliseconds };
            return page.Articles.Count == 0
                ? item with { Done = Failed(item, "no articles found: not a newspaper page") }
                : item with { Page = page };
        }
        catch (Exception e)
        {
            return item with { ParseMs = clock.Elapsed.TotalMilliseconds, Done = Failed(item, $"parse failed: {e.GetType().Name}: {e.Message}") };
        }
    }

    private async Task<Stored> StoreAsync(Analysed item, bool batch, CancellationToken ct)
    {
        var (file, page) = (item.File!, item.Page!);
        var clock = Stopwatch.StartNew();
        StoredEdition stored;
        try
        {
            stored = await _retry.RunAsync(file.Path, c => _writer.WriteAsync(file, page, deferDurability: batch, c), ct);
        }
        catch (Exception e) when (e is not (DatabaseUnavailableException or OperationCanceledException))
        {
            return new Stored(Failed(item with { StoreMs = clock.Elapsed.TotalMilliseconds }, $"store failed, nothing kept: {e.Message}"), [], []);
        }
        item = item with { StoreMs = clock.Elapsed.TotalMilliseconds };
        if (stored.AlreadyIngested)
            return new Stored(Result(item, IngestOutcome.AlreadyIngested, null, 0, 0, null, item.ParseMs, item.StoreMs), [], []);

        var documents = stored.Articles.Zip(page.Articles, ArticleDocuments.From).ToList();
        var outcome = stored.ReplacedArticleIds.Count > 0 ? IngestOutcome.Replaced : IngestOutcome.Ingested;
        var figures = page.Articles.Sum(a => a.Figures.Count);
        return new Stored(
            Result(item, outcome, stored.EditionId, page.Articles.Count, figures, null, item.ParseMs, item.StoreMs),
            documents,
            stored.ReplacedArticleIds);
    }

    /// <summary>Index, record and report everything stored since the last flush.</summary>
    private async Task FlushAsync(List<Stored> pending, List<IngestResult> results, Action<IngestResult>? progress, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        var indexed = UpdateIndex(pending);
        await RecordAsync(indexed, ct);
        foreach (var result in indexed)
        {
            IngestionLog.FileDone(_logger, result);
            results.Add(result);
            progress?.Invoke(result);
        }
        pending.Clear();
    }

    /// <summary>One upsert, one delete and one refresh for the whole flush; the time is shared by its files.</summary>
    private List<IngestResult> UpdateIndex(List<Stored> pending)
    {
        var touched = pending.Count(p => p.Documents.Count > 0 || p.Replaced.Count > 0);
        if (touched == 0) return pending.Select(p => p.Result).ToList();
        var clock = Stopwatch.StartNew();
        string? error = null;
        try
        {
            var replaced = pending.SelectMany(p => p.Replaced).ToList();
            if (replaced.Count > 0) _index.Delete(replaced);
            _index.Upsert(pending.SelectMany(p => p.Documents));
            _index.Refresh();
        }
        catch (Exception e)
        {
            IngestionLog.IndexUpdateFailed(_logger, e, touched);
            error = $"stored, but the search index update failed ({e.Message}); run `newsportal reindex`";
        }
        var share = clock.Elapsed.TotalMilliseconds / touched;
        return pending.Select(p => p.Documents.Count > 0 || p.Replaced.Count > 0
            ? p.Result with { Error = error ?? p.Result.Error, Timings = p.Result.Timings with { IndexMs = share } }
            : p.Result).ToList();
    }

    /// <summary>
    /// One IngestedFile row per processed or failed file. This commit is synchronous, so it also makes
    /// durable every edition committed before it with synchronous_commit off.
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
                db.IngestedFiles.AddRange(recorded.Select(ToRow));
                return await db.SaveChangesAsync(c);
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestionLog.RecordFailed(_logger, e, recorded.Count);
        }
    }

    private static IngestedFile ToRow(IngestResult r) => new()
    {
        Path = r.Path,
        Sha256 = r.Sha256,
        Status = r.Outcome == IngestOutcome.Failed ? IngestStatus.Failed : IngestStatus.Processed,
        Error = r.Error,
        EditionId = r.EditionId,
        Articles = r.Articles,
        Metrics = r.Figures,
        StartedAt = DateTimeOffset.UtcNow - TimeSpan.FromMilliseconds(r.Timings.TotalMs),
        ParseMs = r.Timings.ParseMs,
        StoreMs = r.Timings.StoreMs,
        IndexMs = r.Timings.IndexMs,
        TotalMs = r.Timings.TotalMs,
    };

    private async Task<HashSet<string>> KnownHashesAsync(List<string> hashes, CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var known = await db.Editions.AsNoTracking().Where(e => hashes.Contains(e.Sha256)).Select(e => e.Sha256).ToListAsync(ct);
        return [.. known];
    }

    private static IngestResult Failed(Analysed item, string reason) =>
        Result(item, IngestOutcome.Failed, null, 0, 0, reason, item.ParseMs, item.StoreMs);

    private static IngestResult Result(Analysed item, IngestOutcome outcome, long? editionId, int articles, int figures, string? error, double parseMs, double storeMs) =>
        new(item.Path, item.File?.Sha256 ?? "", outcome, editionId, articles, figures, error, new StageTimings(item.ReadMs, parseMs, storeMs, 0));

    private sealed record Source(string Path, PageFile? Page)
    {
        public static Source FromPath(string path) => new(path, null);
        public static Source FromMemory(PageFile page) => new(page.Path, page);
    }

    /// <summary>A file on its way through the stages; <see cref="Done"/> once its outcome is settled early.</summary>
    private sealed record Analysed(string Path)
    {
        public PageFile? File { get; init; }
        public ParsedPage? Page { get; init; }
        public IngestResult? Done { get; init; }
        public double ReadMs { get; init; }
        public double ParseMs { get; init; }
        public double StoreMs { get; init; }
    }

    private sealed record Stored(IngestResult Result, IReadOnlyList<ArticleDocument> Documents, IReadOnlyList<long> Replaced);
}
