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

    /// <summary>Files indexed and not yet flushed (logged, counted, committed to the index).</summary>
    public int Unflushed => Pending.Count;
}
