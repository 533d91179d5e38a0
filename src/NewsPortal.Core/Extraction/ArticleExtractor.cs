using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds an article's districts, clusters, industries, organisations, people and figures by chaining the
/// small finders below over its title, subtitles and body. Knowledge comes from the embedded data tables,
/// loaded once; the extractor never throws on text.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private static readonly Lazy<ExtractionPipeline> Shared = new(ExtractionPipeline.Load);

    public ParsedArticle Extract(ParsedArticle article)
    {
        try
        {
            return Shared.Value.Extract(article);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException or OverflowException)
        {
            // A bug on one odd article must not lose the page; the article keeps what the parser found.
            return article;
        }
    }
}
