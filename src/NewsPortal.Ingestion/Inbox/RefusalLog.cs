using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsPortal.Data;
using NewsPortal.Data.Model;

namespace NewsPortal.Ingestion.Inbox;

/// <summary>
/// Records an entry the inbox refused without reading it as a failed <c>ingested_files</c> row (no hash: it was
/// never read), so /data lists it with its reason. Not being able to record it does not stop the inbox.
/// </summary>
internal sealed partial class RefusalLog(IDbContextFactory<NewsPortalDbContext> contexts, ILogger logger)
{
    public async Task RecordAsync(string path, string reason, CancellationToken ct)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.IngestedFiles.Add(new IngestedFile
            {
                Path = path,
                Sha256 = "",
                Status = IngestStatus.Failed,
                Error = reason,
                StartedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotRecorded(logger, path, e.Message);
        }
    }

    [LoggerMessage(EventId = 6030, Level = LogLevel.Warning, Message = "Could not record the refusal of {File} in ingested_files: {Reason}")]
    private static partial void NotRecorded(ILogger logger, string file, string reason);
}
