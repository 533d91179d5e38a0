using System.Globalization;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>
/// How to cite an article: its permalink, and a reference in GB/T 7714-2015 form for a newspaper article
/// (主要责任者. 题名[N]. 报纸名, 出版日期(版次).), e.g. 张三, 李四. 标题[N]. 重庆日报, 2024-03-05(3).
/// </summary>
public sealed record Citation(string Permalink, string Reference)
{
    /// <summary>GB/T 7714 names at most three authors, then 等.</summary>
    private const int MaxAuthors = 3;

    public static Citation For(ArticlePage article, Uri root)
    {
        string permalink = new Uri(root, $"/articles/{article.Id.ToString(CultureInfo.InvariantCulture)}").AbsoluteUri;
        return new Citation(permalink, Format(article.Reporters, article.Title, article.Edition.Paper ?? article.Source, article.Edition.PublishedOn ?? article.PublishedOn, article.Edition.PageNumber));
    }

    public static string Format(IReadOnlyList<string> authors, string title, string? paper, DateOnly? date, int? page)
    {
        var names = authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToList();
        string who = names.Count == 0 ? "" : string.Join(", ", names.Take(MaxAuthors)) + (names.Count > MaxAuthors ? ", 等" : "") + ". ";
        string when = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string where = string.Join(", ", new[] { paper?.Trim(), when }.Where(s => !string.IsNullOrEmpty(s)));
        string pageText = page is { } n ? $"({n.ToString(CultureInfo.InvariantCulture)})" : "";
        return $"{who}{title.Trim()}[N]. {where}{pageText}.";
    }
}
