using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsPortal.Search.Facets;

/// <summary>
/// Counts, for every matching document, the values of the facet fields from their sorted-set doc values.
/// Counts are kept per segment ordinal while collecting and turned into strings once per segment.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly int[]?[] _counts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (int f = 0; f < fields.Count; f++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(fields[f]);
            _values[f] = values;
            _counts[f] = values is null ? null : new int[checked((int)values.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        for (int f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            if (values is null)
            {
                continue;
            }
            var counts = _counts[f]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>Counts per facet, most frequent first (months newest first), at most <paramref name="maxPerFacet"/> values each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int maxPerFacet)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var (field, totals) in _totals)
        {
            var ordered = field == Indexing.ArticleFields.Month
                ? totals.OrderByDescending(t => t.Key, StringComparer.Ordinal)
                : totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal);
            result[field] = ordered.Take(maxPerFacet).Select(t => new FacetValue(t.Key, t.Value)).ToList();
        }
        return result;
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (int f = 0; f < fields.Count; f++)
        {
            var values = _values[f];
            var counts = _counts[f];
            if (values is null || counts is null)
            {
                continue;
            }
            var totals = _totals[fields[f]];
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                values.LookupOrd(ord, term);
                string value = term.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
            _values[f] = null;
            _counts[f] = null;
        }
    }
}
