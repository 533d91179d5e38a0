using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// One numeric doc-values field of one segment in an array, read once per segment core (shared by every reader of
/// the segment, dropped with it): code that reads the field on every hit or match pays a packed read from the
/// memory-mapped doc values only once.
/// </summary>
internal sealed class SegmentNumbers(string field)
{
    private readonly ConditionalWeakTable<object, int[]> _cache = new();

    /// <summary>The field's values by document; 0 for a document without one.</summary>
    public int[] For(AtomicReader segment) => _cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private int[] Read(AtomicReader segment)
    {
        var numbers = new int[segment.MaxDoc];
        var values = segment.GetNumericDocValues(field);
        if (values is not null)
        {
            for (int doc = 0; doc < numbers.Length; doc++)
            {
                numbers[doc] = (int)values.Get(doc);
            }
        }
        return numbers;
    }
}
