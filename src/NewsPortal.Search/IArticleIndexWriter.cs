namespace NewsPortal.Search;

/// <summary>
/// The article search index as its writers see it: ingestion adds and removes articles, the reindexer rebuilds it
/// from PostgreSQL. Readers use <see cref="IArticleIndex"/>.
/// </summary>
public interface IArticleIndexWriter
{
    /// <summary>How the index was found when opened: anything but <see cref="IndexOpenStatus.Opened"/> means it must be rebuilt.</summary>
    IndexOpenStatus OpenStatus { get; }

    /// <summary>Why the index on disk was unusable, for the log; null when it opened cleanly or was missing.</summary>
    string? OpenProblem { get; }

    /// <summary>Documents searchers currently see (compared with the database to decide on a rebuild).</summary>
    int Count { get; }

    /// <summary>Adds or replaces documents by article id; searchable after <see cref="Refresh"/>.</summary>
    void Upsert(IEnumerable<ArticleDocument> documents);

    void Delete(IEnumerable<long> articleIds);

    /// <summary>Removes every document (before a rebuild); searchers see the old documents until the next refresh.</summary>
    void Clear();

    /// <summary>Commits and reopens searchers so recent changes are visible.</summary>
    void Refresh();

    /// <summary>
    /// Commits without reopening searchers, which see the changes after the next <see cref="Refresh"/>: a batch's flushes,
    /// whose documents nothing reads before the batch ends (reopening flushed the documents indexed since the commit as a
    /// segment of its own, and read every new segment's facets: about 3 % of the CLI's CPU while ingesting).
    /// </summary>
    void Commit() => Refresh();

    /// <summary>Ends a rebuild: commits, makes the index quick to read (a rebuilt index is read far more than written) and refreshes.</summary>
    void CompleteRebuild();

    /// <summary>Version of what searchers see; it moves on every refresh that made a change (a merge included).</summary>
    long Generation { get; }

    /// <summary>Segments the searchers currently read: every query looks its terms up once per segment.</summary>
    int SegmentCount { get; }

    /// <summary>
    /// Merges the index down to at most <paramref name="maxSegments"/> segments, commits and refreshes. Blocks its caller
    /// for the whole merge; other threads keep writing and searching (searchers read the old segments until the refresh).
    /// </summary>
    void MergeSegments(int maxSegments);
}
