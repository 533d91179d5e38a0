using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>Placeholder: finds nothing. Replaced by the data-driven extractors.</summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public ParsedArticle Extract(ParsedArticle article) => article;
}
