using System.Globalization;

namespace NewsPortal.LocalPostgres;

/// <summary>
/// The private cluster's buffers and checkpoint distance. With PostgreSQL's defaults (128 MB of buffers, a checkpoint every
/// 1 GB of WAL) ingestion slowed as the database grew: a figure's entity_figure_exports row goes to a random leaf of that
/// table's covering key (its day is the article's, not ingestion's order), and once the key outgrew the buffers (724 MB at
/// 100,000 articles) each of a page's 75 rows read its leaf from the kernel, wrote a dirty one out in its place and, after
/// each checkpoint, logged the whole leaf again: 70 reads, 78 writes and 50 full-page images a page at 100,000 articles
/// against 2, 13 and 0 at 10,000 (docs/benchmarks.md, Ingestion, session 31).
/// </summary>
public static class ClusterSizing
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>PostgreSQL's own default, kept on a machine with less than 512 MB.</summary>
    private const long LeastBuffers = 128 * Megabyte;

    /// <summary>Enough for the randomly written keys of a 100,000-article corpus, and a quarter of a 4 GB machine.</summary>
    private const long MostBuffers = 1024 * Megabyte;

    /// <summary>
    /// A quarter of <paramref name="memoryBytes"/> for shared buffers (PostgreSQL's advice for a dedicated server), between
    /// its default and 1 GB, and checkpoints 4 GB of WAL apart instead of 1 GB, so that a leaf written at every page is logged
    /// whole once a checkpoint, not once every few seconds.
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(long memoryBytes) => new Dictionary<string, string>
    {
        ["shared_buffers"] = Megabytes(Math.Clamp(memoryBytes / 4, LeastBuffers, MostBuffers)),
        ["max_wal_size"] = "4GB",
    };

    /// <summary>The settings for this machine (or its container's memory limit).</summary>
    public static IReadOnlyDictionary<string, string> ForThisMachine() => For(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    private static string Megabytes(long bytes) => (bytes / Megabyte).ToString(CultureInfo.InvariantCulture) + "MB";
}
