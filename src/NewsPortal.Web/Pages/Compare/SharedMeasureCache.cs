using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Pages.Compare;

/// <summary>
/// The measures two sides share, kept until the corpus changes (corpus_totals.version, per database), as
/// <see cref="Figures.MeasureRanking"/> keeps its ranking: grouping each side's figures costs PostgreSQL about 100 ms a
/// side at 100,000 articles, and the answer only changes when pages are ingested. One reading of the one-row totals a
/// request; at most <see cref="MaxEntries"/> pairs are kept (all are dropped when full).
/// </summary>
public sealed class SharedMeasureCache
{
    private const int MaxEntries = 1000;
    private readonly ConcurrentDictionary<(string Database, string A, string B), Entry> _entries = new();

    public async Task<IReadOnlyList<SharedMeasure>> GetAsync(
        NewsPortalDbContext db, TopicFilter a, TopicFilter b, Func<Task<IReadOnlyList<SharedMeasure>>> compute, CancellationToken ct)
    {
        var key = (db.Database.GetConnectionString() ?? "", a.Text, b.Text);
        long version = (await db.TotalsAsync(ct)).Version;
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version)
        {
            return entry.Measures;
        }
        var measures = await compute();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[key] = new Entry(version, measures); // two requests racing both compute; either result is right for this version
        return measures;
    }

    private sealed record Entry(long Version, IReadOnlyList<SharedMeasure> Measures);
}
