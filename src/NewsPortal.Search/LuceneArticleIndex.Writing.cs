namespace NewsPortal.Search;

/// <summary>The writing side: Upsert, Delete, Clear and Refresh are the index's own; a rebuild ends merged.</summary>
public sealed partial class LuceneArticleIndex : IArticleIndexWriter
{
    /// <summary>One segment: every query looks its terms up once per segment, which halves query time on broad words.</summary>
    void IArticleIndexWriter.CompleteRebuild() => MergeSegments();
}
