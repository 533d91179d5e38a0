namespace NewsPortal.Ingestion.Inbox;

public enum InboxEventKind
{
    /// <summary>Left alone for now: a temporary or hidden name.</summary>
    Ignored,
    /// <summary>Not taken yet: open for writing, or not yet unchanged for the settle interval.</summary>
    Waiting,
    /// <summary>Moved to failed/ without being read: not a regular file inside the inbox, or too large.</summary>
    Refused,
    /// <summary>Read whole; the bytes go to the pipeline.</summary>
    Taken,
    /// <summary>Stored (or found already stored) and moved to processed/.</summary>
    Processed,
    /// <summary>Refused by the pipeline and moved to failed/ with its reason.</summary>
    Failed,
    /// <summary>Changed after it was taken: the taken bytes were kept as a numbered version, the file stays to be taken again.</summary>
    ChangedAfterTaken,
    /// <summary>PostgreSQL is unavailable; files stay where they are.</summary>
    Paused,
}

/// <summary>What the inbox did with one entry (a path relative to the inbox), and why.</summary>
public sealed record InboxEvent(InboxEventKind Kind, string File, string Detail);
