using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Data;

namespace NewsPortal.Ingestion.Inbox;

/// <summary>
/// Ingests page files dropped anywhere below the inbox folder, each once it is whole (see <see cref="InboxScanner"/>):
/// woken by the file system, and polling in case an event is missed. Processed files move to processed/, failed
/// and refused ones to failed/ with a reason. While PostgreSQL is unavailable files stay where they are and the
/// watcher backs off. It starts once the start-up check of the search index is over, so that a rebuild never
/// races the inbox's deletions (a replaced edition's articles).
/// </summary>
public sealed partial class InboxWatcher(
    IngestionPipeline pipeline,
    SearchIndexRebuildProgress indexCheck,
    IDbContextFactory<NewsPortalDbContext> contexts,
    IOptions<IngestionOptions> options,
    IHostEnvironment environment,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly IngestionOptions _options = options.Value;

    /// <summary>What the inbox did with each entry: taken, refused, ignored, waiting… (tests await these).</summary>
    public event Action<InboxEvent>? Observed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await indexCheck.Finished.WaitAsync(stoppingToken);
        var inbox = new InboxFolder(Path.Combine(environment.ContentRootPath, _options.InboxPath));
        inbox.EnsureExists();
        var scanner = new InboxScanner(inbox, pipeline, new RefusalLog(contexts, logger), _options, logger, Report);
        var wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(inbox.Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, _) => wake.Writer.TryWrite(true);
        watcher.Changed += (_, _) => wake.Writer.TryWrite(true);
        watcher.Renamed += (_, e) =>
        {
            scanner.RenamedInto(e.FullPath);
            wake.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        Watching(logger, inbox.Path, _options.PollInterval.TotalSeconds, _options.SettleInterval.TotalSeconds);

        var seedsDone = !_options.LoadSeedsOnEmptyDatabase;
        var backoff = _options.RetryDelay;
        // While a file waits to settle, look again a few times per settle interval.
        var soon = TimeSpan.FromTicks(Math.Min(Math.Max(_options.SettleInterval.Ticks / 4, TimeSpan.TicksPerMillisecond * 100), _options.PollInterval.Ticks));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = _options.PollInterval;
            try
            {
                if (!seedsDone) seedsDone = await LoadSeedsIfEmptyAsync(stoppingToken);
                if (await scanner.ScanAsync(stoppingToken)) wait = soon;
                backoff = _options.RetryDelay;
            }
            catch (Exception e) when (e is DatabaseUnavailableException || DatabaseRetry.IsTransient(e))
            {
                InboxPaused(logger, backoff.TotalSeconds, e.Message);
                Report(new InboxEvent(InboxEventKind.Paused, "", e.Message));
                wait = backoff;
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ScanFailed(logger, e);
            }
            await WaitAsync(wake.Reader, wait, stoppingToken);
        }
    }

    private void Report(InboxEvent e) => Observed?.Invoke(e);

    private async Task<bool> LoadSeedsIfEmptyAsync(CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.Editions.AnyAsync(ct)) return true;
        }
        var folder = Path.Combine(environment.ContentRootPath, _options.SeedsPath);
        if (!Directory.Exists(folder))
        {
            NoSeeds(logger, folder);
            return true;
        }
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        LoadingSeeds(logger, seeds.Count, folder);
        var summary = await pipeline.IngestFilesAsync(seeds, null, ct);
        SeedsLoaded(logger, summary.Ingested, summary.Articles, summary.Failed);
        return true;
    }

    private static async Task WaitAsync(ChannelReader<bool> wake, TimeSpan wait, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        try
        {
            await wake.ReadAsync(timeout.Token);
            // Let a burst of events (create, then several writes) settle into one scan.
            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 6020, Level = LogLevel.Information, Message = "Watching inbox {InboxPath} (poll every {PollSeconds} s, files taken when unchanged for {SettleSeconds} s or renamed into place)")]
    private static partial void Watching(ILogger logger, string inboxPath, double pollSeconds, double settleSeconds);

    [LoggerMessage(EventId = 6021, Level = LogLevel.Warning, Message = "Inbox paused for {DelaySeconds} s, files are kept: {Reason}")]
    private static partial void InboxPaused(ILogger logger, double delaySeconds, string reason);

    [LoggerMessage(EventId = 6022, Level = LogLevel.Error, Message = "Inbox scan failed; retrying at the next poll")]
    private static partial void ScanFailed(ILogger logger, Exception e);

    [LoggerMessage(EventId = 6023, Level = LogLevel.Information, Message = "Database is empty: ingesting {Seeds} seed pages from {SeedsPath}")]
    private static partial void LoadingSeeds(ILogger logger, int seeds, string seedsPath);

    [LoggerMessage(EventId = 6024, Level = LogLevel.Information, Message = "Seed pages loaded: {Editions} editions, {Articles} articles, {Failed} failed")]
    private static partial void SeedsLoaded(ILogger logger, int editions, int articles, int failed);

    [LoggerMessage(EventId = 6025, Level = LogLevel.Warning, Message = "Database is empty but the seeds folder {SeedsPath} does not exist")]
    private static partial void NoSeeds(ILogger logger, string seedsPath);
}
