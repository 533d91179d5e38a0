namespace NewsPortal.Data.Hosting;

/// <summary>Where the portal's database is: a configured server, or the private one, started on first need.</summary>
public sealed class NewsPortalDatabase
{
    private readonly string? _configuredConnectionString;

    public NewsPortalDatabase(string configuredConnectionString) => _configuredConnectionString = configuredConnectionString;

    public NewsPortalDatabase(EmbeddedPostgres embedded) => Embedded = embedded;

    /// <summary>The private server, when no connection string is configured.</summary>
    public EmbeddedPostgres? Embedded { get; }

    public async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken = default)
    {
        if (_configuredConnectionString is not null)
        {
            return _configuredConnectionString;
        }

        await Embedded!.StartAsync(cancellationToken);
        return Embedded.ConnectionString;
    }

    /// <summary>Blocks on the first start of the private server; prefer <see cref="GetConnectionStringAsync"/>.</summary>
    public string ConnectionString => _configuredConnectionString
        ?? (Embedded!.IsStarted ? Embedded.ConnectionString : GetConnectionStringAsync().GetAwaiter().GetResult());
}
