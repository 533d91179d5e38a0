using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class TermWeightsTests
{
    private static int Bigram(string pair) => pair[0] << 16 | pair[1];

    /// <summary>Every two-letter word of the weights file.</summary>
    private static List<string> WordsOfTheFile()
    {
        using var stream = typeof(TermWeights).Assembly.GetManifestResourceStream("NewsPortal.Core.Parsing.term-weights.tsv")!;
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.IndexOf('\t') == 2) words.Add(line[..2]);
        return words;
    }

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

    [Fact]
    public void Weights_asked_together_are_each_the_weight_asked_alone()
    {
        // Every word of the file, random pairs of Han letters (mostly seams), Han beside digits and Latin letters.
        var bigrams = WordsOfTheFile().Select(Bigram).ToList();
        var random = new Random(18);
        char Letter() => random.Next(6) switch
        {
            0 => (char)random.Next(0x3400, 0x4DC0),
            1 => (char)random.Next('0', 'z' + 1),
            _ => (char)random.Next(0x4E00, 0xA000),
        };
        for (var i = 0; i < 300_000; i++) bigrams.Add(Letter() << 16 | Letter());
        var together = new double[bigrams.Count];
        TermWeights.Default.OfAll(bigrams.ToArray(), together);
        // Asked again, the recent weights answer first.
        var again = new double[bigrams.Count];
        TermWeights.Default.OfAll(bigrams.ToArray(), again);
        for (var i = 0; i < bigrams.Count; i++)
        {
            var alone = BitConverter.DoubleToInt64Bits(TermWeights.Default.Of(bigrams[i]));
            Assert.True(alone == BitConverter.DoubleToInt64Bits(together[i]), $"bigram {bigrams[i]:x}");
            Assert.True(alone == BitConverter.DoubleToInt64Bits(again[i]), $"bigram {bigrams[i]:x} asked again");
        }
        Assert.True(bigrams.Count > 400_000);
    }

    [Fact]
    public void The_least_weight_read_from_the_letters_never_exceeds_the_weight()
    {
        // A bound the interleaved paragraphs' likeness rests on: every word of the file and random pairs of Han letters.
        var pairs = WordsOfTheFile();
        var random = new Random(35);
        char Han() => random.Next(4) == 0 ? (char)random.Next(0x3400, 0x4DC0) : (char)random.Next(0x4E00, 0xA000);
        for (var i = 0; i < 200_000; i++) pairs.Add(new string([Han(), Han()]));
        var below = 0;
        foreach (var pair in pairs)
        {
            var least = TermWeights.Default.LeastOf(pair[0], pair[1]);
            var weight = TermWeights.Default.Of(Bigram(pair));
            Assert.True(least <= weight, $"{pair}: least {least} against {weight}");
            Assert.True(least > 0, pair);
            if (least < weight) below++;
        }
        // A bound, not the weight itself: the words of the file weigh more than their letters say.
        Assert.True(below > pairs.Count / 2, $"{below} of {pairs.Count} below their weight");
    }
}
