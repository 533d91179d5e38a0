using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// How many positions of <see cref="ArticleFields.Text"/> each document's title takes (<see cref="ArticleFields.TitlePositions"/>),
/// for one segment in an array read once: the title boost checks it on every match of a word, where a packed read
/// from the memory-mapped doc values cost a tenth of a broad search.
/// </summary>
internal static class SegmentTitleLengths
{
    /// <summary>Per segment core (shared by every reader of the segment, dropped with it).</summary>
    private static readonly ConditionalWeakTable<object, int[]> Cache = new();

    /// <summary>Title lengths in positions by document; 0 for a document without one.</summary>
    public static int[] For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static int[] Read(AtomicReader segment)
    {
        var lengths = new int[segment.MaxDoc];
        var values = segment.GetNumericDocValues(ArticleFields.TitlePositions);
        if (values is not null)
        {
            for (int doc = 0; doc < lengths.Length; doc++)
            {
                lengths[doc] = (int)values.Get(doc);
            }
        }
        return lengths;
    }
}
