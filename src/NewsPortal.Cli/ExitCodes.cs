namespace NewsPortal.Cli;

/// <summary>What `newsportal` exits with (README, "Command line").</summary>
internal static class ExitCodes
{
    public const int Done = 0;

    /// <summary>Some input failed (a page that did not ingest, a file that could not be read, hit sets that differ).</summary>
    public const int InputFailed = 1;

    /// <summary>Unknown command or option, missing or malformed argument: a one-line error on stderr.</summary>
    public const int Usage = 2;

    /// <summary>PostgreSQL unreachable, or the search index held by another process (a running portal).</summary>
    public const int Unavailable = 3;

    /// <summary>Ctrl+C.</summary>
    public const int Cancelled = 130;
}
