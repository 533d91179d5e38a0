using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// Reads an article's page record (<see cref="ArticleFields.Page"/>) and its printed page's text from one searcher: the
/// article's document found by its id term, its stored fields read up to the record (a stored document decompresses its
/// chunk, a few KB, once), then the page text from the document of the article that keeps it, often the same.
/// </summary>
internal static class StoredPages
{
    public static StoredArticlePage? Find(IndexReader reader, long articleId)
    {
        if (Locate(reader, ArticleDocumentMapper.IdKey(articleId)) is not { } found)
        {
            return null;
        }
        var (segment, doc) = found;
        var fields = new PageFields();
        segment.Document(doc, fields);
        if (fields.Record is not { } record || fields.PageTextIn is not { } holder)
        {
            return null;
        }
        string? pageText = fields.PageText;
        if (pageText is null && holder != articleId && Locate(reader, ArticleDocumentMapper.IdKey(holder)) is { } keeper)
        {
            var holderFields = new PageFields(pageTextOnly: true);
            keeper.Segment.Document(keeper.Doc, holderFields);
            pageText = holderFields.PageText;
        }
        if (pageText is null)
        {
            return null;
        }
        return new StoredArticlePage(articleId, IndexedArticle.Text(segment, ArticleFields.Title, doc), IndexedArticle.Text(segment, ArticleFields.Body, doc), record, pageText);
    }

    /// <summary>The live document holding <paramref name="id"/>, and its segment.</summary>
    private static (AtomicReader Segment, int Doc)? Locate(IndexReader reader, Term id)
    {
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(id);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                return (leaf.AtomicReader, doc);
            }
        }
        return null;
    }

    /// <summary>Takes the record, the page text's keeper and the page text, and skips every other stored field.</summary>
    private sealed class PageFields(bool pageTextOnly = false) : StoredFieldVisitor
    {
        public byte[]? Record { get; private set; }
        public long? PageTextIn { get; private set; }
        public string? PageText { get; private set; }

        public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
        {
            ArticleFields.Page or ArticleFields.PageTextIn when !pageTextOnly => Status.YES,
            ArticleFields.PageText => Status.YES,
            _ => Status.NO,
        };

        public override void BinaryField(FieldInfo fieldInfo, byte[] value) => Record = value;

        public override void Int64Field(FieldInfo fieldInfo, long value) => PageTextIn = value;

        public override void StringField(FieldInfo fieldInfo, string value) => PageText = value;
    }
}
