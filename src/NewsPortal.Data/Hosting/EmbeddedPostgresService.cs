using Microsoft.Extensions.Hosting;

namespace NewsPortal.Data.Hosting;

/// <summary>Starts the private PostgreSQL with the host and stops it on shutdown.</summary>
internal sealed class EmbeddedPostgresService(EmbeddedPostgres server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => server.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync(cancellationToken);
}
