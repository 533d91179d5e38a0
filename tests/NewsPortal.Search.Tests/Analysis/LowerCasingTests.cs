using NewsPortal.Search.Analysis;
using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>CaseFoldFilter: Latin words lower-cased and kept whole; Chinese untouched; the same tokens as Lucene's LowerCaseFilter.</summary>
public sealed class LowerCasingTests
{
    [Fact]
    public void Latin_words_are_lower_cased_and_kept_whole_next_to_chinese()
    {
        var tokens = Run(LowerCase, "MEMS传感器 T3B");

        Assert.Equal(
            [("mems", 0, 4, 0), ("传", 4, 5, 1), ("感", 5, 6, 2), ("器", 6, 7, 3), ("t3b", 8, 11, 4)],
            Compact(tokens));
    }

    [Fact]
    public void Numbers_stay_whole()
    {
        var tokens = Run(LowerCase, "产值33618万元，企业2414家");

        Assert.Contains(tokens, t => t.Term == "33618" && t.Start == 2 && t.End == 7);
        Assert.Contains(tokens, t => t.Term == "2414" && t.Start == 12 && t.End == 16);
    }

    [Fact]
    public void Random_text_never_throws_and_tokens_stay_well_formed()
    {
        foreach (string text in RandomTexts(seed: 11, count: 300))
        {
            AssertWellFormed(text, Run(LowerCase, text));
        }
    }

    [Theory]
    [InlineData("MEMS传感器 T3B")]
    [InlineData("ΑΒΓ Straße İstanbul ǅemal Ω")]
    [InlineData("𐐀𐐁 deseret 𐐨 ＡＢＣ ｔ３ｂ")]
    [InlineData("한국어 ＫＯＲＥＡ カタカナ ㎏ ㈱ Ⓐ ⅰⅡ")]
    public void Gives_the_same_tokens_as_lucenes_lower_case_filter(string text)
    {
        Assert.Equal(Compact(Run(LuceneLowerCase, text)), Compact(Run(LowerCase, text)));
    }

    [Fact]
    public void Random_text_gives_the_same_tokens_as_lucenes_lower_case_filter()
    {
        foreach (string text in RandomTexts(seed: 29, count: 300))
        {
            Assert.Equal(Compact(Run(LuceneLowerCase, text)), Compact(Run(LowerCase, text)));
        }
    }

    [Fact]
    public void Characters_taken_as_caseless_have_no_lower_case_form()
    {
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (CaseFoldFilter.IsCaseless((char)c))
            {
                Assert.Equal(((char)c).ToString(), ((char)c).ToString().ToLowerInvariant());
            }
        }
    }
}
