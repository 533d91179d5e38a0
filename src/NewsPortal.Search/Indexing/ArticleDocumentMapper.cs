using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsPortal.Core.Extraction;
using NewsPortal.Search.Analysis;

namespace NewsPortal.Search.Indexing;

/// <summary>Turns an <see cref="ArticleDocument"/> into the Lucene document described by <see cref="ArticleFields"/>.</summary>
internal static class ArticleDocumentMapper
{
    private const int MaxKeywordLength = 200;

    /// <summary>The index's analysis, to count the title's positions; analyzers are safe to share between threads.</summary>
    private static readonly ChineseAnalyzer Analyzer = new();

    /// <summary>Analyzed, with character offsets in the postings so hits are highlighted without re-analysis.</summary>
    private static readonly FieldType SearchText = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Positions only: matched, never scored (scores come from the text field) nor highlighted.</summary>
    private static readonly FieldType TrigramText = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        OmitNorms = true,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static Document ToLucene(ArticleDocument article)
    {
        string body = article.Body ?? "";
        string title = article.Title ?? "";
        // Each value is analysed once for the title, text and trigram fields, which all start from the text's chain.
        var titleTokens = RecordedTokens.Of(Analyzer, title);
        var bodyTokens = RecordedTokens.Of(Analyzer, body);
        var doc = new Document
        {
            new StringField(ArticleFields.Id, IdTerm(article.Id), Field.Store.YES),
            new NumericDocValuesField(ArticleFields.Id, article.Id),
            new TextField(ArticleFields.Title, titleTokens.Replay()),
            new BinaryDocValuesField(ArticleFields.Title, new BytesRef(title)),
            new BinaryDocValuesField(ArticleFields.Body, new BytesRef(body)),
            new Field(ArticleFields.Text, titleTokens.Replay(), SearchText), // first, so the title's matches are the text's first positions (ArticleFields.TitlePositions)
            new NumericDocValuesField(ArticleFields.TitlePositions, titleTokens.Positions),
            new Field(ArticleFields.Text, bodyTokens.Replay(), SearchText), // offsets from MatchSpans.SecondValueStart(title)
            new Field(ArticleFields.Trigrams, titleTokens.Trigrams(), TrigramText), // the text's values in the same order, so positions agree
            new Field(ArticleFields.Trigrams, bodyTokens.Trigrams(), TrigramText),
        };

        string titleKey = Keyword(article.Title);
        if (titleKey.Length > 0)
        {
            doc.Add(new StringField(ArticleFields.TitleKey, titleKey, Field.Store.NO));
        }

        foreach (string subtitle in article.Subtitles ?? [])
        {
            var tokens = RecordedTokens.Of(Analyzer, subtitle ?? "");
            doc.Add(new Field(ArticleFields.Text, tokens.Replay(), SearchText));
            doc.Add(new Field(ArticleFields.Trigrams, tokens.Trigrams(), TrigramText));
        }

        AddKeyword(doc, ArticleFields.Source, article.Source, facet: true, store: true);
        AddKeyword(doc, ArticleFields.Kind, article.Kind, facet: true, store: true);
        AddKeywords(doc, ArticleFields.District, article.Districts, facet: true);
        AddKeywords(doc, ArticleFields.Cluster, article.Clusters, facet: true);
        // Only entries of the industry vocabulary are facets and filters, whatever an older ingest stored.
        AddKeywords(doc, ArticleFields.Industry, article.Industries?.Where(IndustryVocabulary.Default.IsCanonical).ToList(), facet: true);
        // Doc values, though not facets of a search: co-occurrence counts them over another entity's articles.
        AddKeywords(doc, ArticleFields.Organization, article.Organizations, facet: true);
        AddKeywords(doc, ArticleFields.Person, article.People, facet: true);

        if (article.Page is { } page)
        {
            // Doc values, not stored fields: a stored document decompresses its chunk (with a page's text, 15–80 µs a
            // read, two reads a page), a doc value is a slice of the file (about 1 µs).
            doc.Add(new BinaryDocValuesField(ArticleFields.Page, new BytesRef(page.Record)));
            doc.Add(new NumericDocValuesField(ArticleFields.PageTextIn, page.PageTextArticleId));
            if (page.PageText is { } text)
            {
                doc.Add(new BinaryDocValuesField(ArticleFields.PageText, new BytesRef(text)));
            }
        }

        if (article.Date is { } date)
        {
            int key = ArticleFields.DateKey(date);
            doc.Add(new Int32Field(ArticleFields.Date, key, Field.Store.YES));
            doc.Add(new NumericDocValuesField(ArticleFields.DateSort, key));
            AddKeyword(doc, ArticleFields.Month, ArticleFields.MonthKey(date), facet: true, store: false);
        }

        return doc;
    }

    public static string IdTerm(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Term IdKey(long id) => new(ArticleFields.Id, IdTerm(id));

    /// <summary>The values as keywords of <paramref name="field"/> and as analyzed <see cref="ArticleFields.Names"/> (see <see cref="ArticleFields.NameSources"/>).</summary>
    private static void AddKeywords(Document doc, string field, IReadOnlyList<string>? values, bool facet)
    {
        foreach (string value in (values ?? []).Select(Keyword).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddKeyword(doc, field, value, facet, store: false);
            doc.Add(new TextField(ArticleFields.Names, value, Field.Store.NO));
        }
    }

    private static void AddKeyword(Document doc, string field, string? raw, bool facet, bool store)
    {
        string value = Keyword(raw);
        if (value.Length == 0)
        {
            return;
        }
        doc.Add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
        if (facet)
        {
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static string Keyword(string? value)
    {
        string trimmed = (value ?? "").Trim();
        return trimmed.Length <= MaxKeywordLength ? trimmed : trimmed[..MaxKeywordLength];
    }
}
