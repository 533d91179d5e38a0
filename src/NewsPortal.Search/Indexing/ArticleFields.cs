namespace NewsPortal.Search.Indexing;

/// <summary>Lucene field names of an article document, and the facet and filter names users see.</summary>
public static class ArticleFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Subtitles = "subtitles";
    public const string Body = "body";

    /// <summary>Every entity name of the article as analyzed text, so a word search also finds tagged names.</summary>
    public const string Names = "names";

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

    /// <summary>Keyword fields a query may filter on (<c>district:涪陵区</c>), facets plus organisations and people.</summary>
    public static readonly IReadOnlyList<string> Filterable = [.. Facets, Organization, Person];

    /// <summary>Text fields searched by query words, with their boosts.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched =
        [(Title, 3f), (Subtitles, 2f), (Names, 1.5f), (Body, 1f)];

    /// <summary>yyyyMMdd as an integer, the form dates are indexed and sorted in.</summary>
    public static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static DateOnly? FromDateKey(int key) =>
        key <= 0 ? null : new DateOnly(key / 10000, key / 100 % 100, key % 100);

    public static string MonthKey(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
