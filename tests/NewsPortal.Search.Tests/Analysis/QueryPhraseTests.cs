using NewsPortal.Search.Analysis;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>What a query word must match: bigrams in a row, a unigram only where no bigram covers the character.</summary>
public sealed class QueryPhraseTests
{
    private static string Describe(string text)
    {
        using var analyzer = new ChineseAnalyzer();
        return string.Join(" ", QueryPhrase.Analyze(analyzer, "body", text).Terms.Select(t => $"{t.Term}@{t.Position}"));
    }

    [Theory]
    [InlineData("智能网联", "智能@0 能网@1 网联@2")]
    [InlineData("茶", "茶@0")]
    [InlineData("T3B", "t3b@0")]
    [InlineData("4号线", "4@0 号线@1")]
    [InlineData("T3B型", "t3b@0 型@1")]
    [InlineData("智能 网联", "智能@0 网联@2")]
    [InlineData("茶 智能", "茶@0 智能@1")]
    [InlineData("*智能?", "智能@0")]
    [InlineData("！？", "")]
    public void Query_text_becomes_terms_at_the_positions_the_index_gives_them(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }
}
