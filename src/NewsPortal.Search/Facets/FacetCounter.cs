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

    /// <summary>Counts by value of the segments already merged; made only when a second segment is counted.</summary>
    private Dictionary<string, Dictionary<string, int>>? _totals;

    /// <summary>
    /// The last segment counted, its counts by slot not yet merged by value: with one segment (the usual index) the result
    /// is read straight from them, and only the values shown become strings and <see cref="FacetValue"/>s.
    /// </summary>
    private SegmentFacets? _pending;
    private int[] _pendingCounts = [];

    private Dictionary<string, IReadOnlyList<FacetValue>>? _result;

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
        ThrowIfRead();
        FlushSegment();
        _segment = _table(context.AtomicReader);
        _counts = RentCounts(_segment);
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
        var (from, to) = _only < 0 ? (0, segment.Values.Length) : (_onlyStart, _onlyEnd);
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
        ThrowIfRead();
        FlushSegment();
        _segment = _table(segment);
        _counts = RentCounts(_segment);
        for (int i = 0; i < slots.Length; i++)
        {
            int slot = slots[i];
            if (_only < 0 || (slot >= _segment.FieldStarts[_only] && slot < _segment.FieldStarts[_only + 1]))
            {
                _counts[slot] += counts[i];
            }
        }
    }

    /// <summary>
    /// Counts per field, most frequent first, ties by value (months newest first, all of them), at most <paramref name="maxPerFacet"/>
    /// values each. Ends the counting: no segment is counted after it.
    /// </summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Result(int maxPerFacet)
    {
        if (_result is null)
        {
            FlushSegment();
            _result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
            if (_totals is not null)
            {
                MergePending();
            }
            for (int f = 0; f < _fields.Count; f++)
            {
                string field = _fields[f];
                _result[field] = _totals is not null ? FromTotals(field, _totals[field], maxPerFacet)
                    : _pending is { } segment ? FromSegment(field, segment, segment.FieldStarts[f], segment.FieldStarts[f + 1], maxPerFacet)
                    : [];
            }
            ReturnPending();
        }
        return new Dictionary<string, IReadOnlyList<FacetValue>>(_result, StringComparer.Ordinal);
    }

    private static FacetValue[] FromTotals(string field, Dictionary<string, int> totals, int maxPerFacet)
    {
        var values = totals.Select(t => new FacetValue(t.Key, t.Value)).ToArray();
        Array.Sort(values, field == ArticleFields.Month ? NewestMonthFirst : MostFrequentFirst);
        // Every month is kept: the search page draws them all as its date histogram.
        return values.Length <= maxPerFacet || field == ArticleFields.Month ? values : values[..maxPerFacet];
    }

    /// <summary>
    /// <see cref="FromTotals"/>'s list from one segment's counts by slot (a field's values are distinct slots): when the
    /// values counted are more than are kept, the first <paramref name="maxPerFacet"/> in that order are picked slot by slot,
    /// and only they become <see cref="FacetValue"/>s.
    /// </summary>
    private FacetValue[] FromSegment(string field, SegmentFacets segment, int start, int end, int maxPerFacet)
    {
        var counts = _pendingCounts;
        int counted = 0;
        for (int slot = start; slot < end; slot++)
        {
            if (counts[slot] > 0)
            {
                counted++;
            }
        }
        if (counted <= maxPerFacet || field == ArticleFields.Month)
        {
            var values = new FacetValue[counted];
            int n = 0;
            for (int slot = start; slot < end; slot++)
            {
                if (counts[slot] > 0)
                {
                    values[n++] = new FacetValue(segment.Values[slot], counts[slot]);
                }
            }
            Array.Sort(values, field == ArticleFields.Month ? NewestMonthFirst : MostFrequentFirst);
            return values;
        }
        if (maxPerFacet <= 0)
        {
            return [];
        }
        // The kept slots in order, most frequent first and ties by value, as MostFrequentFirst sorts their values.
        var kept = new int[maxPerFacet];
        int filled = 0;
        for (int slot = start; slot < end; slot++)
        {
            if (counts[slot] <= 0 || (filled == maxPerFacet && !Before(slot, kept[filled - 1])))
            {
                continue;
            }
            int at = filled == maxPerFacet ? filled - 1 : filled;
            while (at > 0 && Before(slot, kept[at - 1]))
            {
                kept[at] = kept[at - 1];
                at--;
            }
            kept[at] = slot;
            filled = Math.Min(filled + 1, maxPerFacet);
        }
        return [.. kept.Select(slot => new FacetValue(segment.Values[slot], counts[slot]))];

        bool Before(int a, int b) => counts[a] != counts[b]
            ? counts[a] > counts[b]
            : string.CompareOrdinal(segment.Values[a], segment.Values[b]) < 0;
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
        if (_pending is not null)
        {
            MergePending();
        }
        (_pending, _pendingCounts) = (segment, _counts);
        _segment = null;
        _counts = [];
    }

    /// <summary>Adds the pending segment's counts to the totals by value (several segments: their slots differ).</summary>
    private void MergePending()
    {
        if (_pending is not { } segment)
        {
            return;
        }
        _totals ??= _fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (int f = 0; f < _fields.Count; f++)
        {
            var totals = _totals[_fields[f]];
            for (int slot = segment.FieldStarts[f]; slot < segment.FieldStarts[f + 1]; slot++)
            {
                if (_pendingCounts[slot] > 0)
                {
                    string value = segment.Values[slot];
                    totals[value] = totals.GetValueOrDefault(value) + _pendingCounts[slot];
                }
            }
        }
        ReturnPending();
    }

    private void ReturnPending()
    {
        if (_pending is not null)
        {
            ArrayPool<int>.Shared.Return(_pendingCounts);
        }
        (_pending, _pendingCounts) = (null, []);
    }

    private void ThrowIfRead()
    {
        if (_result is not null)
        {
            throw new InvalidOperationException("The facets' result has been read: no more segments are counted.");
        }
    }

    /// <summary>A zeroed count for each of the segment's slots (pooled: a table of thousands of values, counted every request).</summary>
    private static int[] RentCounts(SegmentFacets segment)
    {
        var counts = ArrayPool<int>.Shared.Rent(segment.Values.Length);
        Array.Clear(counts, 0, segment.Values.Length);
        return counts;
    }
}
