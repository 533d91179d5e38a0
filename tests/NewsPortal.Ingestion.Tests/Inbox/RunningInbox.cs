using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Data;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Inbox;

/// <summary>
/// An inbox watcher running over a real folder and a real database, and everything it reported, so tests wait
/// for what the watcher says it did ("ignored x.part", "refused link") instead of sleeping and looking.
/// </summary>
internal sealed class RunningInbox : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly InboxWatcher _watcher;
    private readonly List<InboxEvent> _events = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private RunningInbox(InboxWatcher watcher, string root, string path)
    {
        _watcher = watcher;
        Root = root;
        Path = path;
        watcher.Observed += e =>
        {
            lock (_events) _events.Add(e);
            _arrived.Release();
        };
    }

    public string Root { get; }
    public string Path { get; }
    public string Processed => System.IO.Path.Combine(Path, "processed");
    public string Failed => System.IO.Path.Combine(Path, "failed");

    public static async Task<RunningInbox> StartAsync(
        IngestionBed bed, string root, Action<IngestionOptions>? configure = null, IDbContextFactory<NewsPortalDbContext>? contexts = null)
    {
        var inboxPath = System.IO.Path.Combine(root, "inbox");
        var options = IngestionBed.FastOptions(o =>
        {
            o.InboxPath = inboxPath;
            o.SeedsPath = "seeds";
            o.LoadSeedsOnEmptyDatabase = false;
            o.SettleInterval = TimeSpan.FromMilliseconds(500);
            configure?.Invoke(o);
        });
        contexts ??= bed.Contexts;
        var pipeline = new IngestionPipeline(contexts, bed.Index, bed.Analyzer, Options.Create(options), NullLogger<IngestionPipeline>.Instance);
        var indexChecked = new SearchIndexRebuildProgress();
        indexChecked.Done();
        var watcher = new InboxWatcher(pipeline, indexChecked, contexts, Options.Create(options), new TestEnvironment(root), NullLogger<InboxWatcher>.Instance);
        var running = new RunningInbox(watcher, root, inboxPath);
        await watcher.StartAsync(CancellationToken.None);
        await Eventually(() => Directory.Exists(running.Processed) && Directory.Exists(running.Failed));
        return running;
    }

    public IReadOnlyList<InboxEvent> Events
    {
        get
        {
            lock (_events) return [.. _events];
        }
    }

    public IReadOnlyList<InboxEvent> About(string file) => Events.Where(e => e.File == file).ToList();

    /// <summary>The first event (past or future) that matches; fails after <see cref="Patience"/>.</summary>
    public async Task<InboxEvent> WaitForAsync(Func<InboxEvent, bool> match, string what, TimeSpan? patience = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = patience ?? Patience;
        while (true)
        {
            if (Events.FirstOrDefault(match) is { } found) return found;
            var left = limit - clock.Elapsed;
            Assert.True(left > TimeSpan.Zero,
                $"The inbox never reported {what} within {limit.TotalSeconds} s. It reported: {string.Join(" | ", Events.Select(e => $"{e.Kind} {e.File}: {e.Detail}"))}");
            await _arrived.WaitAsync(left);
        }
    }

    public Task<InboxEvent> WaitForAsync(InboxEventKind kind, string file) =>
        WaitForAsync(e => e.Kind == kind && e.File == file, $"{kind} {file}");

    /// <summary>The file's final outcome: processed, failed or refused.</summary>
    public Task<InboxEvent> DoneAsync(string file, TimeSpan? patience = null) =>
        WaitForAsync(e => e.File == file && e.Kind is InboxEventKind.Processed or InboxEventKind.Failed or InboxEventKind.Refused, $"an outcome for {file}", patience);

    public static async Task Eventually(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"Condition not met within {Patience.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.StopAsync(CancellationToken.None);
        _watcher.Dispose();
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "NewsPortal.Ingestion.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
