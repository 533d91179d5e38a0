using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// Answers that change only when pages are ingested, kept until the corpus changes (corpus_totals.version, per
/// database): one reading of the one-row totals a request instead of the query that computes the answer. At most
/// <paramref name="capacity"/> keys are kept (all are dropped when full). Two requests racing for a missing key both
/// compute it; either result is right for that version.
/// </summary>
public sealed class CorpusVersionCache<TKey, TValue>(int capacity = 1000) where TKey : notnull
{
    private readonly ConcurrentDictionary<(string Database, TKey Key), Entry> _entries = new();

    public async Task<TValue> GetAsync(NewsPortalDbContext db, TKey key, Func<Task<TValue>> compute, CancellationToken ct) =>
        await GetAsync(db, (await db.TotalsAsync(ct)).Version, key, compute);

    /// <summary>The same, when the request already read the corpus' <paramref name="version"/> (one reading for several caches).</summary>
    public async Task<TValue> GetAsync(NewsPortalDbContext db, long version, TKey key, Func<Task<TValue>> compute)
    {
        var slot = (db.Database.GetConnectionString() ?? "", key);
        if (_entries.TryGetValue(slot, out var entry) && entry.Version == version)
        {
            return entry.Value;
        }
        var value = await compute();
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
        _entries[slot] = new Entry(version, value);
        return value;
    }

    private sealed record Entry(long Version, TValue Value);
}
