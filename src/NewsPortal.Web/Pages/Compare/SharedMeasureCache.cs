using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Pages.Compare;

/// <summary>
/// The measures two sides share, kept until the corpus changes (<see cref="CorpusVersionCache{TKey, TValue}"/>), as the
/// figures page keeps its measure ranking: grouping each side's figures costs PostgreSQL about 100 ms a side at 100,000
/// articles, and the answer only changes when pages are ingested.
/// </summary>
public sealed class SharedMeasureCache
{
    private readonly CorpusVersionCache<(string A, string B), IReadOnlyList<SharedMeasure>> _pairs = new();

    public Task<IReadOnlyList<SharedMeasure>> GetAsync(
        NewsPortalDbContext db, TopicFilter a, TopicFilter b, Func<Task<IReadOnlyList<SharedMeasure>>> compute, CancellationToken ct) =>
        _pairs.GetAsync(db, (a.Text, b.Text), compute, ct);
}
