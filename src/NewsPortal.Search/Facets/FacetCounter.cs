using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsPortal.Search.Facets;

/// <summary>
/// Counts, for every matching document, the values of the facet fields, from the per-segment
/// ordinals of <see cref="SegmentOrdinals"/>; ordinals become strings once per segment.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly SegmentOrdinals?[] _segment = new SegmentOrdinals?[fields.Count];
    private readonly int[]?[] _counts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Reads the ordinals of every facet of a segment ahead of the first query, when a searcher opens.</summary>
    public static void Warm(IEnumerable<string> fields, AtomicReader segment)
    {
        foreach (string field in fields)
        {
            SegmentOrdinals.For(segment, field);
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (int f = 0; f < fields.Count; f++)
        {
            var segment = SegmentOrdinals.For(context.AtomicReader, fields[f]);
            _segment[f] = segment.IsEmpty ? null : segment;
            _counts[f] = segment.IsEmpty ? null : new int[segment.Values.Length];
        }
    }

    public void Collect(int doc)
    {
        for (int f = 0; f < _segment.Length; f++)
        {
            var segment = _segment[f];
            if (segment is null)
            {
                continue;
            }
            var counts = _counts[f]!;
            var ordinals = segment.Ordinals;
            for (int i = segment.Starts[doc], end = segment.Starts[doc + 1]; i < end; i++)
            {
                counts[ordinals[i]]++;
            }
        }
    }

    /// <summary>Counts per facet, most frequent first (months newest first), at most <paramref name="maxPerFacet"/> values each.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Result(int maxPerFacet)
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
        for (int f = 0; f < fields.Count; f++)
        {
            var segment = _segment[f];
            var counts = _counts[f];
            if (segment is null || counts is null)
            {
                continue;
            }
            var totals = _totals[fields[f]];
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    string value = segment.Values[ord];
                    totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                }
            }
            _segment[f] = null;
            _counts[f] = null;
        }
    }
}
