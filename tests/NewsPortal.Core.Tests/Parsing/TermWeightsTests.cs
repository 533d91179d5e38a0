using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class TermWeightsTests
{
    private static int Bigram(string pair) => pair[0] << 16 | pair[1];

    [Theory]
    [InlineData("产业", "肉牛")]
    [InlineData("发展", "花椒")]
    [InlineData("的产", "铝材")]
    public void A_common_word_weighs_less_than_a_rare_one(string common, string rare) =>
        Assert.True(TermWeights.Default.Of(Bigram(common)) < TermWeights.Default.Of(Bigram(rare)), $"{common} against {rare}");

    [Fact]
    public void The_seam_between_two_common_words_weighs_less_than_a_rare_word() =>
        Assert.True(TermWeights.Default.Of(Bigram("业综")) < TermWeights.Default.Of(Bigram("肉牛")));

    [Theory]
    [InlineData("60")]
    [InlineData("0亿")]
    [InlineData("ab")]
    public void Numbers_and_latin_letters_say_nothing_about_a_topic(string pair) => Assert.Equal(0, TermWeights.Default.Of(Bigram(pair)));
}
