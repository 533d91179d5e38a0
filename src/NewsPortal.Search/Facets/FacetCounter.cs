using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Facets;

/// <summary>
/// Counts, for every matching document, the values of every facet (<see cref="ArticleFields.Facets"/>), from
/// the flat per-segment table of <see cref="SegmentFacets"/>; slots become strings once per segment.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly Comparison<FacetValue> MostFrequentFirst = (a, b) =>
        a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value);

    private static readonly Comparison<FacetValue> NewestMonthFirst = (a, b) => string.CompareOrdinal(b.Value, a.Value);

    private readonly Dictionary<string, Dictionary<string, int>> _totals =
        ArticleFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private SegmentFacets? _segment;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Reads the facet table of a segment ahead of the first query, when a searcher opens.</summary>
    public static void Warm(AtomicReader segment) => SegmentFacets.For(segment);

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = SegmentFacets.For(context.AtomicReader);
        _counts = new int[_segment.Values.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var counts = _counts;
        int start = segment.Starts[doc];
        foreach (int slot in segment.Slots.AsSpan(start, segment.Starts[doc + 1] - start))
        {
            counts[slot]++;
        }
    }

    /// <summary>Counts per facet, most frequent first (months newest first, all of them), at most <paramref name="maxPerFacet"/> values each.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Result(int maxPerFacet)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var (field, totals) in _totals)
        {
            var values = totals.Select(t => new FacetValue(t.Key, t.Value)).ToArray();
            Array.Sort(values, field == ArticleFields.Month ? NewestMonthFirst : MostFrequentFirst);
            // Every month is kept: the search page draws them all as its date histogram.
            result[field] = values.Length <= maxPerFacet || field == ArticleFields.Month ? values : values[..maxPerFacet];
        }
        return result;
    }

    private void FlushSegment()
    {
        var segment = _segment;
        if (segment is null)
        {
            return;
        }
        for (int f = 0; f < ArticleFields.Facets.Count; f++)
        {
            var totals = _totals[ArticleFields.Facets[f]];
            for (int slot = segment.FieldStarts[f]; slot < segment.FieldStarts[f + 1]; slot++)
            {
                if (_counts[slot] > 0)
                {
                    string value = segment.Values[slot];
                    totals[value] = totals.GetValueOrDefault(value) + _counts[slot];
                }
            }
        }
        _segment = null;
        _counts = [];
    }
}
