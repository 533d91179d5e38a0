namespace NewsPortal.Search;

/// <summary>What <see cref="LuceneArticleIndex.Open(string, IndexCheck)"/> found on disk.</summary>
public enum IndexOpenStatus
{
    /// <summary>An intact index was opened; nothing to do.</summary>
    Opened,

    /// <summary>There was no index; an empty one was created and must be filled (reindex).</summary>
    Created,

    /// <summary>The index could not be read (corrupt, truncated, too old or too new); it was wiped and must be rebuilt.</summary>
    RecreatedAfterCorruption,

    /// <summary>The index was written with other fields or analysis (an older version); it was wiped and must be rebuilt.</summary>
    RecreatedForNewSchema,
}

/// <summary>How thoroughly <see cref="LuceneArticleIndex.Open(string, IndexCheck)"/> checks an existing index.</summary>
public enum IndexCheck
{
    /// <summary>Open every segment and verify every file's checksum: reads the whole index once (seconds for 100,000 articles).</summary>
    Checksums,

    /// <summary>Open every segment (headers, commit point, missing or truncated files) without reading it all.</summary>
    Structure,
}
