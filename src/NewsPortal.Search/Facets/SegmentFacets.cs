using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Facets;

/// <summary>
/// The values of every facet of one segment as one flat table: document → slots, a slot being one value
/// of one facet. Read once from the sorted-set doc values, so counting a hit is one range of increments.
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>Per segment core (shared by every reader of the segment, dropped with it).</summary>
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>The same table over the entity fields (<see cref="ArticleFields.Entities"/>), for co-occurrence.</summary>
    private static readonly ConditionalWeakTable<object, SegmentFacets> EntityCache = new();

    private SegmentFacets(int[] fieldStarts, string[] values, int[] starts, int[] slots)
    {
        FieldStarts = fieldStarts;
        Values = values;
        Starts = starts;
        Slots = slots;
        Words = (starts.Length - 1 + 63) / 64;
        (DenseSlots, DenseDocs, SparseStarts, SparseSlots) = Split(starts, slots, values.Length);
    }

    /// <summary>The slots of facet f (of <see cref="ArticleFields.Facets"/>) are FieldStarts[f]..FieldStarts[f + 1].</summary>
    public int[] FieldStarts { get; }

    /// <summary>The value of each slot.</summary>
    public string[] Values { get; }

    /// <summary>The slots of document d are <see cref="Slots"/>[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Slots { get; }

    /// <summary>Words of a bit set over the segment's documents.</summary>
    public int Words { get; }

    /// <summary>
    /// The slots held by at least one document in <see cref="DenseShare"/>, each with the bit set of its documents
    /// (<see cref="DenseDocs"/>, same order): a broad query's count of such a value is the population count of its bit
    /// set and the query's, a word at a time, not an increment a match.
    /// </summary>
    public int[] DenseSlots { get; }

    public ulong[][] DenseDocs { get; }

    /// <summary>The other slots of document d: <see cref="SparseSlots"/>[SparseStarts[d]..SparseStarts[d + 1]].</summary>
    public int[] SparseStarts { get; }

    public int[] SparseSlots { get; }

    /// <summary>A value of at least one document in this many has a bit set (at most twice the size of its share of <see cref="Slots"/>).</summary>
    public const int DenseShare = 64;

    public static SegmentFacets For(AtomicReader segment) =>
        Cache.GetValue(segment.CoreCacheKey, _ => Read(segment, ArticleFields.Facets));

    /// <summary>The table of the entity fields; slots of field f of <see cref="ArticleFields.Entities"/>.</summary>
    public static SegmentFacets ForEntities(AtomicReader segment) =>
        EntityCache.GetValue(segment.CoreCacheKey, _ => Read(segment, ArticleFields.Entities));

    private static SegmentFacets Read(AtomicReader segment, IReadOnlyList<string> fields)
    {
        var docValues = new SortedSetDocValues?[fields.Count];
        var fieldStarts = new int[fields.Count + 1];
        var values = new List<string>();
        var term = new BytesRef();
        for (int f = 0; f < fields.Count; f++)
        {
            fieldStarts[f] = values.Count;
            docValues[f] = segment.GetSortedSetDocValues(fields[f]);
            for (long ord = 0; ord < (docValues[f]?.ValueCount ?? 0); ord++)
            {
                docValues[f]!.LookupOrd(ord, term);
                values.Add(term.Utf8ToString());
            }
        }
        fieldStarts[fields.Count] = values.Count;

        int maxDoc = segment.MaxDoc;
        var starts = new int[maxDoc + 1];
        var slots = new List<int>(maxDoc * fields.Count);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = slots.Count;
            for (int f = 0; f < fields.Count; f++)
            {
                var field = docValues[f];
                if (field is null)
                {
                    continue;
                }
                field.SetDocument(doc);
                long ord;
                while ((ord = field.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    slots.Add(fieldStarts[f] + (int)ord);
                }
            }
        }
        starts[maxDoc] = slots.Count;
        return new SegmentFacets(fieldStarts, [.. values], starts, [.. slots]);
    }

    private static (int[] DenseSlots, ulong[][] DenseDocs, int[] SparseStarts, int[] SparseSlots) Split(int[] starts, int[] slots, int valueCount)
    {
        int maxDoc = starts.Length - 1;
        var docFreq = new int[valueCount];
        foreach (int slot in slots)
        {
            docFreq[slot]++;
        }
        var dense = new int[valueCount];
        Array.Fill(dense, -1);
        var denseSlots = new List<int>();
        for (int slot = 0; slot < valueCount; slot++)
        {
            if (docFreq[slot] > 0 && docFreq[slot] >= maxDoc / DenseShare)
            {
                dense[slot] = denseSlots.Count;
                denseSlots.Add(slot);
            }
        }
        int words = (maxDoc + 63) / 64;
        var denseDocs = denseSlots.Select(_ => new ulong[words]).ToArray();
        var sparseStarts = new int[maxDoc + 1];
        var sparseSlots = new List<int>();
        for (int doc = 0; doc < maxDoc; doc++)
        {
            sparseStarts[doc] = sparseSlots.Count;
            for (int i = starts[doc]; i < starts[doc + 1]; i++)
            {
                int slot = slots[i];
                if (dense[slot] >= 0)
                {
                    denseDocs[dense[slot]][doc >> 6] |= 1UL << doc;
                }
                else
                {
                    sparseSlots.Add(slot);
                }
            }
        }
        sparseStarts[maxDoc] = sparseSlots.Count;
        return ([.. denseSlots], denseDocs, sparseStarts, [.. sparseSlots]);
    }
}
