namespace NewsPortal.Ingestion;

/// <summary>Where page files come from and how hard ingestion tries; bound from the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Folder watched for new page files; relative paths are under the data root (made absolute at start-up).</summary>
    public string InboxPath { get; set; } = "inbox";

    /// <summary>Page files ingested on the first start with an empty database: by default the seeds/ beside the data root.</summary>
    public string SeedsPath { get; set; } = "../seeds";

    public bool LoadSeedsOnEmptyDatabase { get; set; } = true;

    /// <summary>Larger files are refused: a page dump is tens of kilobytes.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// A file in the inbox is taken once no process has it open for writing and its size and modification time have
    /// not changed for this long; a file renamed into place (NAME.part → NAME) is taken without waiting.
    /// </summary>
    public TimeSpan SettleInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the inbox is scanned even when the file system sends no event.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First wait after PostgreSQL refuses us; doubled per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per file before ingestion reports the database unavailable and keeps the file for later.</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>
    /// Keep the search index at few segments: every query looks its terms up once per segment, and ingestion leaves
    /// many (17 on the 100,000-article corpus, search pages 2–4× slower than on one). When on, the index is merged to
    /// one segment in the background once nothing has been written to it for <see cref="CompactIndexAfterIdle"/> and
    /// it has more than <see cref="CompactIndexAboveSegments"/>; a command-line ingest or reparse does it when its run ends.
    /// </summary>
    public bool CompactIndex { get; set; } = true;

    /// <summary>Segments the index may have before it is merged: a few small ones from the last files cost little.</summary>
    public int CompactIndexAboveSegments { get; set; } = 4;

    /// <summary>How long the index must go unchanged (the inbox drained, a reparse done) before a merge starts.</summary>
    public TimeSpan CompactIndexAfterIdle { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Least time between two merges of the portal's upkeep: a merge to one segment rewrites the whole index (about
    /// 10 s of one core at 100,000 articles), so a trickle of files is merged at most this often.
    /// </summary>
    public TimeSpan CompactIndexAtMostEvery { get; set; } = TimeSpan.FromMinutes(10);

    internal static IEnumerable<string> Validate(IngestionOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.InboxPath)) yield return "Ingestion:InboxPath is required.";
        if (string.IsNullOrWhiteSpace(o.SeedsPath)) yield return "Ingestion:SeedsPath is required.";
        if (o.MaxFileBytes <= 0) yield return "Ingestion:MaxFileBytes must be positive.";
        if (o.PollInterval <= TimeSpan.Zero) yield return "Ingestion:PollInterval must be positive.";
        if (o.SettleInterval < TimeSpan.Zero) yield return "Ingestion:SettleInterval must not be negative.";
        if (o.RetryDelay <= TimeSpan.Zero || o.MaxRetryDelay < o.RetryDelay)
            yield return "Ingestion:RetryDelay must be positive and not above MaxRetryDelay.";
        if (o.MaxRetryAttempts < 1) yield return "Ingestion:MaxRetryAttempts must be at least 1.";
        if (o.CompactIndexAboveSegments < 1) yield return "Ingestion:CompactIndexAboveSegments must be at least 1.";
        if (o.CompactIndexAfterIdle <= TimeSpan.Zero) yield return "Ingestion:CompactIndexAfterIdle must be positive.";
        if (o.CompactIndexAtMostEvery < TimeSpan.Zero) yield return "Ingestion:CompactIndexAtMostEvery must not be negative.";
    }
}
