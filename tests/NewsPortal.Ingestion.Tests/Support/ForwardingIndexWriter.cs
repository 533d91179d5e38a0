using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests.Support;

/// <summary>An index writer that hands every call to another: a test's writer overrides only what it watches or
/// interrupts.</summary>
internal abstract class ForwardingIndexWriter(IArticleIndexWriter inner) : IArticleIndexWriter
{
    public IndexOpenStatus OpenStatus => inner.OpenStatus;
    public string? OpenProblem => inner.OpenProblem;
    public int Count => inner.Count;
    public long Generation => inner.Generation;
    public int SegmentCount => inner.SegmentCount;
    public void Upsert(IEnumerable<ArticleDocument> documents) => inner.Upsert(documents);
    public void Delete(IEnumerable<long> articleIds) => inner.Delete(articleIds);
    public void Clear() => inner.Clear();
    public void CompleteRebuild() => inner.CompleteRebuild();
    public void MergeSegments(int maxSegments) => inner.MergeSegments(maxSegments);
    public virtual void Commit() => inner.Commit();
    public virtual void Refresh() => inner.Refresh();
}
