using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>
/// The portal's index upkeep: once the search index has not changed for <see cref="IngestionOptions.CompactIndexAfterIdle"/>
/// (the inbox drained, a reparse finished) and is fragmented, merges it (<see cref="SearchIndexUpkeep"/>), at most once per
/// <see cref="IngestionOptions.CompactIndexAtMostEvery"/>. Starts after the start-up check of the index, whose
/// rebuild ends merged anyway; an index left fragmented by an earlier version is merged at the first quiet moment.
/// </summary>
public sealed partial class SearchIndexUpkeepService(
    SearchIndexUpkeep upkeep,
    IArticleIndexWriter index,
    SearchIndexRebuildProgress indexCheck,
    IOptions<IngestionOptions> options,
    ILogger<SearchIndexUpkeepService> logger) : BackgroundService
{
    private readonly IngestionOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.CompactIndex) return;
        await indexCheck.Finished.WaitAsync(stoppingToken);
        // Look a few times per idle interval, and never less often than every 5 s.
        var look = TimeSpan.FromTicks(Math.Clamp(_options.CompactIndexAfterIdle.Ticks / 4, TimeSpan.TicksPerMillisecond * 50, TimeSpan.TicksPerSecond * 5));
        var seen = index.Generation;
        var quietSince = DateTimeOffset.UtcNow;
        DateTimeOffset? lastMerge = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(look, stoppingToken);
            try
            {
                var now = DateTimeOffset.UtcNow;
                var generation = index.Generation;
                if (generation != seen)
                {
                    (seen, quietSince) = (generation, now);
                    continue;
                }
                if (now - quietSince < _options.CompactIndexAfterIdle || now - lastMerge < _options.CompactIndexAtMostEvery || !upkeep.IsFragmented) continue;
                lastMerge = now;
                await upkeep.CompactIfFragmentedAsync(stoppingToken);
                // The merge's own refresh is not ingestion.
                (seen, quietSince) = (index.Generation, DateTimeOffset.UtcNow);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Upkeep is an optimisation: a failure must not stop the portal (a hosted service's exception would).
                LookFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 6053, Level = LogLevel.Warning, Message = "Index upkeep could not look at the search index; trying again")]
    private static partial void LookFailed(ILogger logger, Exception e);
}
