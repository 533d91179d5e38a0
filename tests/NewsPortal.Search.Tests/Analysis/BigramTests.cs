using Lucene.Net.Analysis.Cjk;
using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>CJKBigramFilter with unigrams: each Han character at its own position with the bigram it starts stacked on it.</summary>
public sealed class BigramTests
{
    [Fact]
    public void A_han_run_gives_unigrams_and_overlapping_bigrams_stacked_on_them()
    {
        var tokens = Run(Bigrams, "智能网联");

        Assert.Equal(
            [("智", 0, 1, 0), ("智能", 0, 2, 0), ("能", 1, 2, 1), ("能网", 1, 3, 1), ("网", 2, 3, 2), ("网联", 2, 4, 2), ("联", 3, 4, 3)],
            Compact(tokens));
        Assert.Equal(
            [CJKBigramFilter.SINGLE_TYPE, CJKBigramFilter.DOUBLE_TYPE],
            tokens.Take(2).Select(t => t.Type));
    }

    [Fact]
    public void An_isolated_character_is_a_single_unigram()
    {
        var tokens = Run(Bigrams, "茶");

        Assert.Equal([("茶", 0, 1, 0)], Compact(tokens));
    }

    [Fact]
    public void Bigrams_do_not_cross_spaces_punctuation_or_latin_words()
    {
        var tokens = Run(Bigrams, "智能 网联，4号线");

        Assert.Equal(
            [("智", 0, 1, 0), ("智能", 0, 2, 0), ("能", 1, 2, 1), ("网", 3, 4, 2), ("网联", 3, 5, 2), ("联", 4, 5, 3),
             ("4", 6, 7, 4), ("号", 7, 8, 5), ("号线", 7, 9, 5), ("线", 8, 9, 6)],
            Compact(tokens));
    }

    [Fact]
    public void Random_text_never_throws_and_tokens_stay_well_formed()
    {
        foreach (string text in RandomTexts(seed: 13, count: 300))
        {
            AssertWellFormed(text, Run(Bigrams, text));
        }
    }
}
