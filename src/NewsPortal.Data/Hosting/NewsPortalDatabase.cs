namespace NewsPortal.Data.Hosting;

/// <summary>Where the portal's database is: a configured server, or a local one started on first need.</summary>
public sealed class NewsPortalDatabase
{
    private readonly Func<CancellationToken, Task<string>> _start;
    private string? _connectionString;

    public NewsPortalDatabase(string configuredConnectionString)
    {
        _connectionString = configuredConnectionString;
        _start = _ => Task.FromResult(configuredConnectionString);
    }

    /// <summary>A server started on first need (NewsPortal.LocalPostgres); <paramref name="start"/> returns its connection string.</summary>
    public NewsPortalDatabase(Func<CancellationToken, Task<string>> start) => _start = start;

    public async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        _connectionString ??= await _start(cancellationToken);

    /// <summary>Blocks on the first start of a local server; prefer <see cref="GetConnectionStringAsync"/>.</summary>
    public string ConnectionString => _connectionString ?? GetConnectionStringAsync().GetAwaiter().GetResult();
}
