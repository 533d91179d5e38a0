namespace NewsPortal.Search.Indexing;

/// <summary>Lucene field names of an article document, and the facet and filter names users see.</summary>
public static class ArticleFields
{
    /// <summary>Changes whenever fields or analysis change; an index written with another version is rebuilt.</summary>
    public const string SchemaVersion = "8";

    /// <summary>The article id: a keyword term for updates and deletes, and numeric doc values for hits.</summary>
    public const string Id = "id";

    /// <summary>Searched for the title boost, and binary doc values for hits; highlighted from the offsets of <see cref="Text"/>, its second value.</summary>
    public const string Title = "title";

    /// <summary>Binary doc values only: the text of snippets and whole-article highlighting (see <see cref="IndexedArticle"/>).</summary>
    public const string Body = "body";

    /// <summary>
    /// Everything a word search matches, as one field: the title first (so a phrase's matches in it are those at
    /// the field's first <see cref="TitlePositions"/> positions, and its offsets are the title's), then the body
    /// (offsets from <see cref="Highlighting.MatchSpans.SecondValueStart"/>) and subtitles.
    /// </summary>
    public const string Text = "text";

    /// <summary>
    /// The values of <see cref="Text"/> again, as Han trigrams and run junctions only, at the same positions (no offsets,
    /// no norms): a query word of three or more Han characters, or of several runs (<c>"产业 创新"</c>), matches there as
    /// a phrase of few rare terms (see <see cref="Analysis.TrigramFilter"/> and <see cref="Querying.TrigramCover"/>).
    /// </summary>
    public const string Trigrams = Analysis.ChineseAnalyzer.TrigramField;

    /// <summary>Numeric doc values: how many positions of <see cref="Text"/> the title takes (the title boost is read there).</summary>
    public const string TitlePositions = "title_positions";

    /// <summary>Every entity name of the article as analyzed text, so a word search also finds tagged names, ranked below text matches.</summary>
    public const string Names = "names";

    /// <summary>Binary doc values only: the article page's record (<see cref="ArticlePageData.Record"/>), read by id, never searched.</summary>
    public const string Page = "page";

    /// <summary>Numeric doc values only: the id of the article whose document keeps the text of this article's printed page.</summary>
    public const string PageTextIn = "page_text_in";

    /// <summary>Binary doc values only, on one article of each printed page (its first): that page's text.</summary>
    public const string PageText = "page_text";

    /// <summary>The whole title as one keyword term, for suggestions.</summary>
    public const string TitleKey = "title_key";

    public const string Date = "date";
    public const string DateSort = "date_sort";

    public const string District = "district";
    public const string Cluster = "cluster";
    public const string Industry = "industry";
    public const string Source = "source";
    public const string Kind = "kind";
    public const string Month = "month";
    public const string Organization = "organization";
    public const string Person = "person";

    /// <summary>Facets counted for every query, in display order.</summary>
    public static readonly IReadOnlyList<string> Facets = [District, Cluster, Industry, Source, Kind, Month];

    /// <summary>Entity fields, all with sorted-set doc values, counted together for co-occurrence.</summary>
    public static readonly IReadOnlyList<string> Entities = [District, Cluster, Industry, Organization, Person];

    /// <summary>Keyword fields whose values are also analyzed into <see cref="Names"/>.</summary>
    public static readonly IReadOnlyList<string> NameSources = [District, Cluster, Industry, Organization, Person];

    /// <summary>Keyword fields a query may filter on (<c>district:涪陵区</c>), facets plus organisations and people.</summary>
    public static readonly IReadOnlyList<string> Filterable = [.. Facets, Organization, Person];

    /// <summary>Weight of a query word's match in the title, added to its match in <see cref="Text"/>.</summary>
    public const float TitleBoost = 2f;

    /// <summary>Weight of a match found only among the article's entity names.</summary>
    public const float NamesBoost = 0.5f;

    /// <summary>yyyyMMdd as an integer, the form dates are indexed and sorted in.</summary>
    public static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static DateOnly? FromDateKey(int key) =>
        key <= 0 ? null : new DateOnly(key / 10000, key / 100 % 100, key % 100);

    public static string MonthKey(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
