using Microsoft.Extensions.Logging;

namespace NewsPortal.Ingestion;

/// <summary>The structured events ingestion writes, one per file and one per problem.</summary>
internal static partial class IngestionLog
{
    public static void FileDone(ILogger logger, IngestResult r)
    {
        var file = Path.GetFileName(r.Path);
        var ms = Math.Round(r.Timings.TotalMs, 1);
        if (r.Outcome == IngestOutcome.Failed) FileFailed(logger, file, r.Sha256, ms, r.Outcome, r.Error ?? "");
        else FileIngested(logger, file, r.Sha256, r.Articles, r.Figures, ms, r.Outcome);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Ingested {File} ({Sha256}): {Articles} articles, {Figures} figures in {DurationMs} ms, {Outcome}")]
    private static partial void FileIngested(ILogger logger, string file, string sha256, int articles, int figures, double durationMs, IngestOutcome outcome);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "Could not ingest {File} ({Sha256}) in {DurationMs} ms, {Outcome}: {Reason}")]
    private static partial void FileFailed(ILogger logger, string file, string sha256, double durationMs, IngestOutcome outcome, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error,
        Message = "Articles were stored but the search index update failed for {Files} files; run `newsportal reindex`")]
    public static partial void IndexUpdateFailed(ILogger logger, Exception e, int files);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning,
        Message = "Could not record {Files} ingested files in PostgreSQL; their editions are stored")]
    public static partial void RecordFailed(ILogger logger, Exception e, int files);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning,
        Message = "Could not refresh the planner's statistics of the growing tables; autovacuum will")]
    public static partial void AnalyzeFailed(ILogger logger, Exception e);
}
