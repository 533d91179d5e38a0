using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// What a hit shows of its article, read from doc values: a direct slice of the index files, where a
/// stored document would decompress its whole 16 KB chunk (a fifth of a search's time, page after page).
/// </summary>
internal sealed record IndexedArticle(long Id, string Title, string Body, DateOnly? Date, string? Source)
{
    /// <summary>The card of document <paramref name="doc"/> of <paramref name="reader"/> (a top-level document number).</summary>
    public static IndexedArticle Read(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var segment = leaf.AtomicReader;
        int local = doc - leaf.DocBase;
        return new IndexedArticle(
            ArticleId(segment, local),
            Text(segment, ArticleFields.Title, local),
            Text(segment, ArticleFields.Body, local),
            segment.GetNumericDocValues(ArticleFields.DateSort) is { } dates ? ArticleFields.FromDateKey((int)dates.Get(local)) : null,
            Keyword(segment, ArticleFields.Source, local));
    }

    /// <summary>The article id of a document of one segment.</summary>
    public static long ArticleId(AtomicReader segment, int doc) =>
        segment.GetNumericDocValues(ArticleFields.Id)?.Get(doc)
        ?? throw new InvalidOperationException($"the index has no {ArticleFields.Id} doc values: it predates schema {ArticleFields.SchemaVersion}");

    private static string Text(AtomicReader segment, string field, int doc)
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
