using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>CJKWidthFilter: full-width Latin and digits become ASCII, half-width katakana becomes full-width.</summary>
public sealed class WidthFoldingTests
{
    [Fact]
    public void Full_width_letters_and_digits_become_ascii_with_their_original_offsets()
    {
        var tokens = Run(Width, "Ｔ３Ｂ型 ２０２４年");

        Assert.Equal(
            [("T3B", 0, 3, 0), ("型", 3, 4, 1), ("2024", 5, 9, 2), ("年", 9, 10, 3)],
            Compact(tokens));
    }

    [Fact]
    public void Half_width_katakana_becomes_full_width()
    {
        var tokens = Run(Width, "ｶﾀｶﾅ");

        Assert.Equal("カタカナ", string.Concat(tokens.Select(t => t.Term)));
    }

    [Fact]
    public void Random_text_never_throws_and_tokens_stay_well_formed()
    {
        foreach (string text in RandomTexts(seed: 7, count: 300))
        {
            AssertWellFormed(text, Run(Width, text));
        }
    }
}
