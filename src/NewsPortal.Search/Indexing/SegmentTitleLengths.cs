using Lucene.Net.Index;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// How many positions of <see cref="ArticleFields.Text"/> each document's title takes (<see cref="ArticleFields.TitlePositions"/>),
/// for one segment in an array read once: the title boost checks it on every match of a word, where a packed read
/// from the memory-mapped doc values cost a tenth of a broad search.
/// </summary>
internal static class SegmentTitleLengths
{
    private static readonly SegmentNumbers Lengths = new(ArticleFields.TitlePositions);

    /// <summary>Title lengths in positions by document; 0 for a document without one.</summary>
    public static int[] For(AtomicReader segment) => Lengths.For(segment);
}
