namespace NewsPortal.Search;

/// <summary>What <see cref="LuceneArticleIndex.Open(string)"/> found on disk.</summary>
public enum IndexOpenStatus
{
    /// <summary>An intact index was opened; nothing to do.</summary>
    Opened,

    /// <summary>There was no index; an empty one was created and must be filled (reindex).</summary>
    Created,

    /// <summary>The index could not be read (corrupt, truncated, too old or too new); it was wiped and must be rebuilt.</summary>
    RecreatedAfterCorruption,
}
