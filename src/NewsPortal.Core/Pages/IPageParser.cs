namespace NewsPortal.Core.Pages;

/// <summary>Turns the bytes of one page dump into an edition and its articles (no entities or figures yet).</summary>
public interface IPageParser
{
    ParsedPage Parse(ReadOnlySpan<byte> content, string fileName);
}

/// <summary>Finds entities and figures in one parsed article.</summary>
public interface IArticleExtractor
{
    ParsedArticle Extract(ParsedArticle article);
}
