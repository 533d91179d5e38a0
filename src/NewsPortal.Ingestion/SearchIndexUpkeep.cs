using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>
/// Keeps the search index quick to read after ingestion: merges it to one segment when ingestion has left it in
/// more than <see cref="IngestionOptions.CompactIndexAboveSegments"/>. One merge at a time, on a thread of its own;
/// searches answer from the old segments and ingestion keeps writing until the merged segment is committed.
/// The portal calls it when the index goes quiet (<see cref="SearchIndexUpkeepService"/>), the command line when a run ends.
/// </summary>
public sealed partial class SearchIndexUpkeep(IArticleIndexWriter index, IOptions<IngestionOptions> options, ILogger<SearchIndexUpkeep> logger)
{
    private readonly IngestionOptions _options = options.Value;
    private readonly SemaphoreSlim _merging = new(1, 1);

    /// <summary>True when upkeep is on and the index has more segments than it keeps.</summary>
    public bool IsFragmented => _options.CompactIndex && index.SegmentCount > _options.CompactIndexAboveSegments;

    /// <summary>Merges the index to one segment if it <see cref="IsFragmented"/>; null when it did not merge.</summary>
    public Task<IndexCompaction?> CompactIfFragmentedAsync(CancellationToken ct) =>
        IsFragmented ? CompactAsync(1, ct) : Task.FromResult<IndexCompaction?>(null);

    /// <summary>
    /// Merges the index to at most <paramref name="maxSegments"/> segments now, whatever the settings (the operator's
    /// <c>newsportal index merge</c>). Null when another merge is running or this one failed (logged): the index
    /// is then as it was. Cancelling stops the wait, not the merge; disposing the index abandons it.
    /// </summary>
    public async Task<IndexCompaction?> CompactAsync(int maxSegments, CancellationToken ct)
    {
        if (!await _merging.WaitAsync(0, ct)) return null;
        try
        {
            var before = index.SegmentCount;
            Merging(logger, before, maxSegments);
            var clock = Stopwatch.StartNew();
            // ForceMerge holds its thread for the whole merge (seconds to minutes): not a thread of the pool's.
            await Task.Factory.StartNew(() => index.MergeSegments(maxSegments), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default).WaitAsync(ct);
            var done = new IndexCompaction(before, index.SegmentCount, clock.Elapsed);
            Merged(logger, done.SegmentsBefore, done.SegmentsAfter, Math.Round(done.Elapsed.TotalMilliseconds));
            return done;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            MergeFailed(logger, e);
            return null;
        }
        finally
        {
            _merging.Release();
        }
    }

    [LoggerMessage(EventId = 6050, Level = LogLevel.Information, Message = "Merging the search index from {Segments} segments to at most {MaxSegments}")]
    private static partial void Merging(ILogger logger, int segments, int maxSegments);

    [LoggerMessage(EventId = 6051, Level = LogLevel.Information, Message = "Search index merged from {Before} to {After} segments in {DurationMs} ms")]
    private static partial void Merged(ILogger logger, int before, int after, double durationMs);

    [LoggerMessage(EventId = 6052, Level = LogLevel.Warning, Message = "Merging the search index failed; searches read it as it was")]
    private static partial void MergeFailed(ILogger logger, Exception e);
}

/// <summary>What a merge of the search index did.</summary>
public sealed record IndexCompaction(int SegmentsBefore, int SegmentsAfter, TimeSpan Elapsed);
