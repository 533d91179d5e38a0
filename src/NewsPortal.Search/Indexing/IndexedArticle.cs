using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// What a hit shows of its article but its body, read from doc values: a direct slice of the index files, where a
/// stored document would decompress its whole 16 KB chunk (a fifth of a search's time, page after page). The body,
/// a few KB, is read apart (<see cref="Body"/>, <see cref="BodyReader"/>), only where it is shown.
/// </summary>
internal sealed record IndexedArticle(long Id, string Title, DateOnly? Date, string? Source)
{
    /// <summary>The card of document <paramref name="doc"/> of <paramref name="reader"/> (a top-level document number).</summary>
    public static IndexedArticle Read(IndexReader reader, int doc)
    {
        var (segment, local) = Locate(reader, doc);
        return new IndexedArticle(
            ArticleId(segment, local),
            Text(segment, ArticleFields.Title, local),
            segment.GetNumericDocValues(ArticleFields.DateSort) is { } dates ? ArticleFields.FromDateKey((int)dates.Get(local)) : null,
            Keyword(segment, ArticleFields.Source, local));
    }

    /// <summary>The body of document <paramref name="doc"/> of <paramref name="reader"/>, as a string of its own.</summary>
    public static string Body(IndexReader reader, int doc)
    {
        var (segment, local) = Locate(reader, doc);
        return Text(segment, ArticleFields.Body, local);
    }

    /// <summary>The article id of a document of one segment.</summary>
    public static long ArticleId(AtomicReader segment, int doc) =>
        segment.GetNumericDocValues(ArticleFields.Id)?.Get(doc)
        ?? throw new InvalidOperationException($"the index has no {ArticleFields.Id} doc values: it predates schema {ArticleFields.SchemaVersion}");

    internal static (AtomicReader Segment, int Local) Locate(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return (leaf.AtomicReader, doc - leaf.DocBase);
    }

    internal static string Text(AtomicReader segment, string field, int doc)
    {
        var values = segment.GetBinaryDocValues(field);
        if (values is null)
        {
            return "";
        }
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return bytes.Utf8ToString();
    }

    private static string? Keyword(AtomicReader segment, string field, int doc)
    {
        var values = segment.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }
        values.SetDocument(doc);
        long ord = values.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS)
        {
            return null;
        }
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }
}

/// <summary>
/// Reads bodies one after another into the same two buffers, for a page of hits that shows a snippet of each: the
/// bodies were two fifths of what a search allocated (their UTF-8 bytes and a string each, for 120 characters shown).
/// </summary>
internal sealed class BodyReader
{
    private readonly BytesRef _bytes = new();
    private readonly CharsRef _chars = new();

    /// <summary>The body of document <paramref name="doc"/>; valid until the next read.</summary>
    public ReadOnlySpan<char> Read(IndexReader reader, int doc)
    {
        var (segment, local) = IndexedArticle.Locate(reader, doc);
        var values = segment.GetBinaryDocValues(ArticleFields.Body);
        if (values is null)
        {
            return [];
        }
        values.Get(local, _bytes);
        UnicodeUtil.UTF8toUTF16(_bytes, _chars);
        return _chars.Chars.AsSpan(_chars.Offset, _chars.Length);
    }
}
