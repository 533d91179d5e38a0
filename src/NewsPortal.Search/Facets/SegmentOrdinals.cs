using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsPortal.Search.Facets;

/// <summary>
/// One facet field of one segment held as flat arrays (document → value ordinals, ordinal → value),
/// read once from its sorted-set doc values so counting a hit is a few array reads.
/// </summary>
internal sealed class SegmentOrdinals
{
    /// <summary>Per segment core (shared by every reader of the segment, dropped with it), per field.</summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals>> Cache = new();

    private static readonly SegmentOrdinals None = new([], [0], []);

    private SegmentOrdinals(string[] values, int[] starts, int[] ordinals)
    {
        Values = values;
        Starts = starts;
        Ordinals = ordinals;
    }

    /// <summary>The values, indexed by ordinal.</summary>
    public string[] Values { get; }

    /// <summary>The ordinals of document d are <see cref="Ordinals"/>[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public bool IsEmpty => Values.Length == 0;

    public static SegmentOrdinals For(AtomicReader segment, string field) =>
        Cache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Read(segment, f));

    private static SegmentOrdinals Read(AtomicReader segment, string field)
    {
        var docValues = segment.GetSortedSetDocValues(field);
        if (docValues is null || docValues.ValueCount == 0)
        {
            return None;
        }

        var values = new string[checked((int)docValues.ValueCount)];
        var term = new BytesRef();
        for (int ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[ord] = term.Utf8ToString();
        }

        int maxDoc = segment.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }
        starts[maxDoc] = ordinals.Count;
        return new SegmentOrdinals(values, starts, [.. ordinals]);
    }
}
