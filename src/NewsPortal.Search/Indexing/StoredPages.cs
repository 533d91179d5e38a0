using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// Reads an article's page record (<see cref="ArticleFields.Page"/>) and its printed page's text from one searcher: the
/// article's document found by its id term, its record, title and body from doc values, then the page text from the
/// doc values of the article that keeps it (often the same). All doc values: a stored document would decompress its
/// chunk, 15–80 µs a read on the scale corpus, where a doc value is a slice of the file read in about a microsecond.
/// </summary>
internal static class StoredPages
{
    public static StoredArticlePage? Find(IndexReader reader, long articleId)
    {
        if (Locate(reader, articleId) is not { } found)
        {
            return null;
        }
        var (segment, doc) = found;
        var bytes = new BytesRef();
        long keeper = segment.GetNumericDocValues(ArticleFields.PageTextIn)?.Get(doc) ?? 0;
        if (keeper <= 0 || !Read(segment, ArticleFields.Page, doc, bytes))
        {
            return null;
        }
        byte[] record = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();
        string? pageText = null;
        if (keeper == articleId)
        {
            pageText = Read(segment, ArticleFields.PageText, doc, bytes) ? bytes.Utf8ToString() : null;
        }
        else if (Locate(reader, keeper) is { } kept)
        {
            pageText = Read(kept.Segment, ArticleFields.PageText, kept.Doc, bytes) ? bytes.Utf8ToString() : null;
        }
        if (pageText is null)
        {
            return null;
        }
        return new StoredArticlePage(articleId, IndexedArticle.Text(segment, ArticleFields.Title, doc), IndexedArticle.Text(segment, ArticleFields.Body, doc), record, pageText);
    }

    /// <summary>The live document holding article <paramref name="id"/>, and its segment.</summary>
    private static (AtomicReader Segment, int Doc)? Locate(IndexReader reader, long id)
    {
        var term = ArticleDocumentMapper.IdKey(id);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                return (leaf.AtomicReader, doc);
            }
        }
        return null;
    }

    /// <summary>The document's value of a binary doc values field; false when it has none (an empty value is none).</summary>
    private static bool Read(AtomicReader segment, string field, int doc, BytesRef bytes)
    {
        if (segment.GetBinaryDocValues(field) is not { } values)
        {
            return false;
        }
        values.Get(doc, bytes);
        return bytes.Length > 0;
    }
}
