namespace NewsPortal.LocalPostgres;

/// <summary>Where and how the private PostgreSQL cluster lives.</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>The cluster's data directory; created and initialised on first start.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Directories to look for initdb/pg_ctl in; null searches the machine (pg_config, /usr/lib/postgresql/*/bin, PATH).</summary>
    public IReadOnlyList<string>? BinaryDirectories { get; init; }

    /// <summary>The database created on start, named in <see cref="EmbeddedPostgres.ConnectionString"/>.</summary>
    public string DatabaseName { get; init; } = "newsportal";

    /// <summary>Extra server settings passed as <c>-c name=value</c> (tests turn fsync off, for instance).</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>True for throwaway clusters: stop without a shutdown checkpoint (pg_ctl -m immediate) instead of -m fast.</summary>
    public bool StopImmediately { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
