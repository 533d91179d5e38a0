using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Ingestion;

/// <summary>
/// The portal's start-up check of the search index, in the background: the portal serves (what the index holds)
/// while a rebuild runs, and /readyz says how far it got.
/// </summary>
public sealed partial class SearchIndexRebuildService(
    SearchIndexCheck check,
    SearchIndexRebuildProgress progress,
    ILogger<SearchIndexRebuildService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host go on starting
        try
        {
            await check.EnsureCurrentAsync(progress, stoppingToken);
            progress.Done();
        }
        catch (Exception e) when (DatabaseRetry.IsTransient(e))
        {
            // The portal still serves what the index holds; the next start checks again.
            CheckSkipped(logger, e.Message);
            progress.Done();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RebuildFailed(logger, e);
            progress.Failed(e.Message);
        }
    }

    [LoggerMessage(EventId = 6032, Level = LogLevel.Warning, Message = "Search index check skipped, PostgreSQL unavailable: {Reason}")]
    private static partial void CheckSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 6033, Level = LogLevel.Error, Message = "Rebuilding the search index failed")]
    private static partial void RebuildFailed(ILogger logger, Exception exception);
}
