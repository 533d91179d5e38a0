namespace NewsPortal.Core.Pages;

/// <summary>Parse, then extract: everything Core does to one page, with no I/O.</summary>
public sealed class PageAnalyzer(IPageParser parser, IArticleExtractor extractor)
{
    public ParsedPage Analyze(ReadOnlySpan<byte> content, string fileName)
    {
        var page = parser.Parse(content, fileName);
        return page with { Articles = page.Articles.Select(extractor.Extract).ToList() };
    }
}
