using NewsPortal.Search.Analysis;
using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

public sealed class ChineseAnalyzerTests
{
    private static IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        using var analyzer = new ChineseAnalyzer();
        return AnalyzedToken.Read(analyzer, "body", text);
    }

    [Fact]
    public void Full_width_upper_case_latin_is_folded_then_chinese_is_bigrammed()
    {
        var tokens = Analyze("Ｔ３Ｂ平台");

        Assert.Equal(
            [("t3b", 0, 3, 0), ("平", 3, 4, 1), ("平台", 3, 5, 1), ("台", 4, 5, 2)],
            Compact(tokens));
    }

    [Fact]
    public void Punctuation_and_control_characters_produce_no_tokens()
    {
        Assert.Empty(Analyze("，。！？\u0000\u0007 *** --- \"\""));
    }

    [Fact]
    public void Random_text_never_throws_and_tokens_stay_well_formed()
    {
        using var analyzer = new ChineseAnalyzer();
        foreach (string text in RandomTexts(seed: 17, count: 500))
        {
            AssertWellFormed(text, AnalyzedToken.Read(analyzer, "body", text));
        }
    }
}
