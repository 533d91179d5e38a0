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
    }

    /// <summary>The slots of facet f (of <see cref="ArticleFields.Facets"/>) are FieldStarts[f]..FieldStarts[f + 1].</summary>
    public int[] FieldStarts { get; }

    /// <summary>The value of each slot.</summary>
    public string[] Values { get; }

    /// <summary>The slots of document d are <see cref="Slots"/>[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Slots { get; }

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
}
