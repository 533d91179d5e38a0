using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Ranking;

/// <summary>
/// The edition date key of every document of one segment in an array, read once from its numeric doc
/// values: the tie-break of every hit, where a packed doc-values read costs a tenth of ranking a hit.
/// </summary>
internal static class SegmentDates
{
    /// <summary>Per segment core (shared by every reader of the segment, dropped with it).</summary>
    private static readonly ConditionalWeakTable<object, int[]> Cache = new();

    /// <summary>Date keys (yyyyMMdd) by document; 0 for an article without a date, as Lucene's sort reads it.</summary>
    public static int[] For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static int[] Read(AtomicReader segment)
    {
        var dates = new int[segment.MaxDoc];
        var values = segment.GetNumericDocValues(ArticleFields.DateSort);
        if (values is not null)
        {
            for (int doc = 0; doc < dates.Length; doc++)
            {
                dates[doc] = (int)values.Get(doc);
            }
        }
        return dates;
    }
}
