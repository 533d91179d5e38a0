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

    /// <summary>
    /// Environment of the server's processes, beside what they inherit (a variable already set in ours is left as it is).
    /// By default <see cref="KeepFreedMemory"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ServerEnvironment { get; init; } = KeepFreedMemory;

    /// <summary>
    /// glibc's malloc in the backends keeps what a statement frees for the next one (blocks up to 8 MB from the heap, up to
    /// 32 MB of free heap top kept) instead of handing it back to the kernel at the statement's end: each page the kernel then
    /// hands out again is a fault, about 14 µs on a virtual machine whose freed memory goes back to the host. The figures CSV
    /// (a 580 KB value sorted, joined and sent) took 560 faults and 12 ms of a backend's CPU a request, 1.7 ms without them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KeepFreedMemory = new Dictionary<string, string>
    {
        ["GLIBC_TUNABLES"] = "glibc.malloc.mmap_threshold=8388608:glibc.malloc.trim_threshold=33554432",
    };

    /// <summary>True for throwaway clusters: stop without a shutdown checkpoint (pg_ctl -m immediate) instead of -m fast.</summary>
    public bool StopImmediately { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
