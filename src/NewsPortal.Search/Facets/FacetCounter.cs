using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Facets;

/// <summary>
/// Counts, for every matching document, the values of a set of fields — the search facets
/// (<see cref="ArticleFields.Facets"/>) or the entities named (<see cref="ArticleFields.Entities"/>, for
/// co-occurrence) — from the flat per-segment table of <see cref="SegmentFacets"/>; slots become strings once per segment.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly Comparison<FacetValue> MostFrequentFirst = (a, b) =>
        a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value);

    private static readonly Comparison<FacetValue> NewestMonthFirst = (a, b) => string.CompareOrdinal(b.Value, a.Value);

    private readonly IReadOnlyList<string> _fields;
    private readonly Func<AtomicReader, SegmentFacets> _table;
    private readonly Dictionary<string, Dictionary<string, int>> _totals;

    /// <summary>The one field counted (its index in <see cref="_fields"/>), or -1 for all.</summary>
    private readonly int _only;

    private SegmentFacets? _segment;
    private int[] _counts = [];
    private int _onlyStart;
    private int _onlyEnd;

    private FacetCounter(IReadOnlyList<string> fields, Func<AtomicReader, SegmentFacets> table, int only = -1)
    {
        _fields = fields;
        _table = table;
        _only = only;
        _totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The search facets: district, cluster, industry, organisation, person, source, month.</summary>
    public static FacetCounter OfFacets() => new(ArticleFields.Facets, SegmentFacets.For);

    /// <summary>One search facet only (the others stay empty): a filtered facet's sideways counts.</summary>
    public static FacetCounter OfFacet(string facet)
    {
        int only = ArticleFields.Facets.ToList().IndexOf(facet);
        ArgumentOutOfRangeException.ThrowIfNegative(only, nameof(facet));
        return new(ArticleFields.Facets, SegmentFacets.For, only);
    }

    /// <summary>The entities named in the matches: co-occurrence is the entity counts of another entity's matches.</summary>
    public static FacetCounter OfEntities() => new(ArticleFields.Entities, SegmentFacets.ForEntities);

    /// <summary>Reads both tables of a segment ahead of the first query, when a searcher opens.</summary>
    public static void Warm(AtomicReader segment)
    {
        SegmentFacets.For(segment);
        SegmentFacets.ForEntities(segment);
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = _table(context.AtomicReader);
        _counts = new int[_segment.Values.Length];
        _hits = ArrayPool<ulong>.Shared.Rent(_segment.Words);
        Array.Clear(_hits, 0, _segment.Words);
        _hitCount = 0;
        _onlyStart = _only < 0 ? 0 : _segment.FieldStarts[_only];
        _onlyEnd = _only < 0 ? _segment.Values.Length : _segment.FieldStarts[_only + 1];
    }

    /// <summary>
    /// The segment's matches, a bit each, counted when the segment ends, in tight loops rather than between two matches of
    /// the query (a call each, the table's reads among the postings'): by population counts for the values of
    /// <see cref="SegmentFacets.DenseSlots"/> when the matches are many, else match by match.
    /// </summary>
    private ulong[]? _hits;
    private int _hitCount;

    public void Collect(int doc)
    {
        _hits![doc >> 6] |= 1UL << doc;
        _hitCount++;
    }

    // Fully optimized from the first call: called once a segment, tiering would run its loops unoptimized, then
    // instrumented, for many requests after a start. Profile-guided optimization has nothing to add here.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountHits()
    {
        var segment = _segment!;
        var hits = _hits.AsSpan(0, segment.Words);
        var counts = _counts;
        // Every slot, or one facet's (sideways counts).
        var (from, to) = _only < 0 ? (0, counts.Length) : (_onlyStart, _onlyEnd);
        var denseSlots = segment.DenseSlots;
        int denseFrom = LowerBound(denseSlots, from);
        int denseTo = LowerBound(denseSlots, to);
        // Many matches: a word of the population count stands for 64 documents' increments (two units each), for
        // every dense value counted; match by match the whole range of a document's slots is read.
        int maxDoc = Math.Max(1, segment.Starts.Length - 1);
        if ((long)_hitCount * (segment.Slots.Length - segment.SparseSlots.Length) * 2 >= (long)(denseTo - denseFrom) * segment.Words * maxDoc)
        {
            var denseDocs = segment.DenseDocs;
            for (int d = denseFrom; d < denseTo; d++)
            {
                counts[denseSlots[d]] += Overlap(hits, denseDocs[d]);
            }
            CountEach(hits, segment.SparseStarts, segment.SparseSlots, counts, from, to);
        }
        else
        {
            CountEach(hits, segment.Starts, segment.Slots, counts, from, to);
        }
    }

    /// <summary>The first index of the ascending <paramref name="slots"/> holding <paramref name="slot"/> or more.</summary>
    private static int LowerBound(int[] slots, int slot)
    {
        int found = Array.BinarySearch(slots, slot);
        return found >= 0 ? found : ~found;
    }

    private static int Overlap(ReadOnlySpan<ulong> hits, ulong[] docs)
    {
        int count = 0;
        var values = docs.AsSpan(0, hits.Length);
        for (int w = 0; w < hits.Length; w++)
        {
            count += BitOperations.PopCount(hits[w] & values[w]);
        }
        return count;
    }

    /// <summary>Counts the slots of each match that lie in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static void CountEach(ReadOnlySpan<ulong> hits, int[] starts, int[] slots, int[] counts, int from, int to)
    {
        for (int w = 0; w < hits.Length; w++)
        {
            ulong bits = hits[w];
            while (bits != 0)
            {
                int doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                int end = starts[doc + 1];
                for (int i = starts[doc]; i < end; i++)
                {
                    int slot = slots[i];
                    if ((uint)(slot - from) < (uint)(to - from))
                    {
                        counts[slot]++;
                    }
                }
            }
        }
    }

    /// <summary>Counts made elsewhere for one segment (<see cref="Statistics.SegmentTopics"/>): each slot's count added as if its matches had been collected.</summary>
    public void Add(AtomicReader segment, ReadOnlySpan<int> slots, ReadOnlySpan<int> counts)
    {
        FlushSegment();
        _segment = _table(segment);
        _counts = new int[_segment.Values.Length];
        for (int i = 0; i < slots.Length; i++)
        {
            int slot = slots[i];
            if (_only < 0 || (slot >= _segment.FieldStarts[_only] && slot < _segment.FieldStarts[_only + 1]))
            {
                _counts[slot] += counts[i];
            }
        }
    }

    /// <summary>Counts per field, most frequent first, ties by value (months newest first, all of them), at most <paramref name="maxPerFacet"/> values each.</summary>
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
        if (_hits is { } hits)
        {
            if (_hitCount > 0)
            {
                CountHits();
            }
            ArrayPool<ulong>.Shared.Return(hits);
            (_hits, _hitCount) = (null, 0);
        }
        for (int f = 0; f < _fields.Count; f++)
        {
            var totals = _totals[_fields[f]];
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
