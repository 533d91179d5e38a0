using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class BigramSetTests
{
    /// <summary>What the parser's bigram sets were before <see cref="BigramSet"/>: the sums over a set follow this order.</summary>
    private static HashSet<int> HashSetOf(string text, int maxChars)
    {
        var set = new HashSet<int>();
        var previous = '\0';
        var seen = 0;
        foreach (var c in text)
        {
            if (!TopicSimilarity.IsBigramLetter(c)) continue;
            if (previous != '\0') set.Add(previous << 16 | c);
            previous = c;
            if (++seen >= maxChars) break;
        }
        return set;
    }

    public static TheoryData<string, int> Texts => new()
    {
        { "市长主持召开市政府第48次常务会议，学习贯彻会议精神。会议强调，要抓好会议精神的贯彻落实。", int.MaxValue },
        { "市长主持召开市政府第48次常务会议，学习贯彻会议精神。", 10 },
        { "ＧＤＰ增长5.2%，Ｃafé 与 café；重庆重庆重庆", 400 },
        { "", 400 },
        { "。，、", 400 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_bigram_set_holds_a_hash_sets_bigrams_in_the_order_it_enumerates_them(string text, int maxChars)
    {
        var expected = HashSetOf(text, maxChars);

        var set = BigramSet.Of(text, maxChars);

        Assert.Equal(expected.ToArray(), set.ToArray());
        Assert.Equal(expected.Count, set.Count);
        Assert.All(expected, b => Assert.True(set.Contains(b)));
        Assert.False(set.Contains('重' << 16 | '会'));
    }

    [Fact]
    public void A_bigram_set_of_a_long_random_text_matches_a_hash_set()
    {
        var random = new Random(14);
        var letters = "重庆市政府会议经济发展产业项目建设，。、 0123456789abcXYZ".ToCharArray();
        var text = new string(Enumerable.Range(0, 20_000).Select(_ => letters[random.Next(letters.Length)]).ToArray());
        var expected = HashSetOf(text, int.MaxValue);

        var set = BigramSet.Of(text, int.MaxValue);

        Assert.Equal(expected.ToArray(), set.ToArray());
        Assert.True(set.SetEquals(expected));
        Assert.True(set.IsSubsetOf(expected) && set.IsSupersetOf(expected) && set.Overlaps(expected));
    }

    [Fact]
    public void Page_counts_say_how_many_sets_hold_each_bigram()
    {
        var counts = new BigramCounts(8);
        counts.AddAll(BigramSet.Of("重庆发展重庆", 400));
        counts.AddAll(BigramSet.Of("重庆经济", 400));

        Assert.Equal(2, counts.Of('重' << 16 | '庆'));
        Assert.Equal(1, counts.Of('发' << 16 | '展'));
        Assert.Equal(0, counts.Of('会' << 16 | '议'));
    }

    [Fact]
    public void A_bigram_letter_is_a_han_letter_or_any_letter_or_digit_of_unicode()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(TopicSimilarity.IsBigramLetter(c) == (HanText.IsHan(c) || char.IsLetterOrDigit(c)), $"U+{(int)c:X4}");
    }

    [Fact]
    public void The_table_of_bigram_letters_answers_as_the_test_it_was_read_from()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(BigramSet.IsLetter(c) == TopicSimilarity.IsBigramLetter(c), $"U+{(int)c:X4}");
        Assert.True(BigramSet.IsLetter(char.MaxValue) == TopicSimilarity.IsBigramLetter(char.MaxValue));
    }
}
