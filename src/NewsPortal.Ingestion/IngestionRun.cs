using System.Diagnostics;

namespace NewsPortal.Ingestion;

/// <summary>
/// Several <see cref="IngestionPipeline.IngestPagesAsync(IEnumerable{PageFile}, IngestionRun, Action{IngestResult}?, CancellationToken)"/>
/// calls flushed as one batch (a corpus grown chunk by chunk); end it with <see cref="IngestionPipeline.CompleteAsync"/>.
/// One call at a time.
/// </summary>
public sealed class IngestionRun
{
    /// <summary>Files indexed since the last flush.</summary>
    internal List<IngestionPipeline.Indexed> Pending { get; } = [];

    internal Stopwatch SinceFlush { get; } = Stopwatch.StartNew();

    /// <summary>How long the run's files wait for a flush at most (tests flush every file).</summary>
    internal TimeSpan FlushInterval { get; init; } = IngestionPipeline.BatchFlushInterval;

    /// <summary>Files indexed and not yet flushed (logged, counted, committed to the index).</summary>
    public int Unflushed => Pending.Count;

    private long _read;
    private long _articlesFound;

    /// <summary>
    /// Files of the run's calls read, and analysed or settled without it (already stored, refused), so far; the files taken
    /// from a call's pages beyond these are waiting to be read with the rest of their chunk.
    /// </summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Articles the analysed files hold: at most this many of them get stored (a file can still fail).</summary>
    public long ArticlesFound => Interlocked.Read(ref _articlesFound);

    internal void Analysed(IReadOnlyCollection<InFlight> files)
    {
        Interlocked.Add(ref _articlesFound, files.Sum(f => f.Done is null && f.Page is { } page ? page.Articles.Count : 0));
        Interlocked.Add(ref _read, files.Count);
    }
}
