using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Parsing;

namespace NewsPortal.Core;

/// <summary>The default parse + extract pipeline.</summary>
public static class NewsPortalCore
{
    public static PageAnalyzer CreateAnalyzer() => new(new PageParser(), new ArticleExtractor());
}
