using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsPortal.LocalPostgres;

/// <summary>
/// Starts the private PostgreSQL with the host, restarts it if it dies while the host runs
/// (nobody else supervises it), and stops it on shutdown.
/// </summary>
internal sealed class EmbeddedPostgresService(EmbeddedPostgres server, ILogger<EmbeddedPostgresService>? logger = null) : IHostedService, IDisposable
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(3);
    private readonly CancellationTokenSource _stopping = new();
    private Task _watch = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await server.StartAsync(cancellationToken);
        _watch = WatchAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _watch;
        await server.StopAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WatchAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(WatchInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    if (await server.RestartIfStoppedAsync(stopping))
                    {
                        _logger.LogWarning("Restarted the private PostgreSQL for {DataDirectory} on port {Port}", server.DataDirectory, server.Port);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogError(e, "The private PostgreSQL for {DataDirectory} is down and could not be restarted; retrying", server.DataDirectory);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
