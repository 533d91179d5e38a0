using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class PageScratchTests
{
    private const string Text = "市长主持召开市政府第48次常务会议，学习贯彻会议精神。会议强调，要抓好会议精神的贯彻落实。";

    [Fact]
    public void A_bigram_set_taken_from_an_open_page_answers_as_one_of_its_own_arrays()
    {
        var own = BigramSet.Of(Text, int.MaxValue);
        var random = new Random(23);
        var letters = "重庆市政府会议经济发展产业项目建设，。、 0123456789abcXYZ".ToCharArray();
        var others = Enumerable.Range(0, 50).Select(_ => new string(Enumerable.Range(0, random.Next(1, 3000))
            .Select(_ => letters[random.Next(letters.Length)]).ToArray())).ToList();
        using (PageScratch.Open())
        {
            // The last page's tables hold other bigrams: the new set reads none of them.
            foreach (var other in others) _ = BigramSet.Of(other, int.MaxValue).Weights;
        }
        using (PageScratch.Open())
        {
            var before = others.Select(o => BigramSet.Of(o, int.MaxValue)).ToList();
            var set = BigramSet.Of(Text, int.MaxValue);
            var after = BigramSet.Of(others[0], 400);

            Assert.Equal(own.Items.ToArray(), set.Items.ToArray());
            Assert.Equal(own.Weights.ToArray(), set.Weights.ToArray());
            Assert.Equal(own.SquaredNorm, set.SquaredNorm);
            Assert.All(own, b => Assert.True(set.Contains(b)));
            Assert.False(set.Contains('重' << 16 | '庆'));
            Assert.Equal(BigramSet.Of(others[0], 400).ToArray(), after.ToArray());
            for (var i = 0; i < others.Count; i++) Assert.Equal(HashSetOf(others[i]), before[i].ToArray());
        }
    }

    [Fact]
    public void A_bigram_set_is_not_read_after_its_page_was_closed()
    {
        BigramSet set;
        using (PageScratch.Open()) set = BigramSet.Of(Text, int.MaxValue);
        using (PageScratch.Open()) _ = BigramSet.Of("重庆发展", 400);

        Assert.Throws<InvalidOperationException>(() => set.Items.ToArray());
        Assert.Throws<InvalidOperationException>(() => set.Weights.ToArray());
    }

    [Fact]
    public void A_page_opened_again_while_open_stays_open_until_its_own_scope_ends()
    {
        using (PageScratch.Open())
        {
            BigramSet set;
            using (PageScratch.Open()) set = BigramSet.Of(Text, int.MaxValue);

            Assert.NotNull(PageScratch.Current);
            Assert.Equal(BigramSet.Of(Text, int.MaxValue).ToArray(), set.Items.ToArray());
        }
        Assert.Null(PageScratch.Current);
    }

    [Fact]
    public void Page_counts_in_a_reused_table_start_from_zero()
    {
        using (PageScratch.Open())
        {
            var full = new BigramCounts(4000);
            for (var b = 1; b <= 4000; b++) full.Add(b << 16 | b);
        }
        using (PageScratch.Open())
        {
            var counts = new BigramCounts(4000);
            counts.AddAll(BigramSet.Of("重庆发展重庆", 400));

            Assert.Equal(1, counts.Of('重' << 16 | '庆'));
            Assert.Equal(0, counts.Of(7 << 16 | 7));
        }
    }

    private static int[] HashSetOf(string text)
    {
        var set = new HashSet<int>();
        var previous = '\0';
        foreach (var c in text)
        {
            if (!TopicSimilarity.IsBigramLetter(c)) continue;
            if (previous != '\0') set.Add(previous << 16 | c);
            previous = c;
        }
        return set.ToArray();
    }
}
