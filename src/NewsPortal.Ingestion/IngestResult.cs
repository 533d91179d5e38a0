namespace NewsPortal.Ingestion;

public enum IngestOutcome
{
    /// <summary>A new edition was stored and indexed.</summary>
    Ingested,
    /// <summary>An edition of the same file name was replaced by this content.</summary>
    Replaced,
    /// <summary>This content was already ingested (by us earlier or by another ingester).</summary>
    AlreadyIngested,
    /// <summary>Not stored: see <see cref="IngestResult.Error"/>. No rows were left behind.</summary>
    Failed,
}

/// <summary>Milliseconds spent per stage of one file.</summary>
public readonly record struct StageTimings(double ReadMs, double ParseMs, double StoreMs, double IndexMs)
{
    public double TotalMs => ReadMs + ParseMs + StoreMs + IndexMs;
}

/// <summary>What happened to one file.</summary>
public sealed record IngestResult(
    string Path,
    string Sha256,
    IngestOutcome Outcome,
    long? EditionId,
    int Articles,
    int Figures,
    string? Error,
    StageTimings Timings)
{
    public bool Succeeded => Outcome != IngestOutcome.Failed;
}

/// <summary>PostgreSQL could not be reached after every retry; the file was left untouched for a later attempt.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
