using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class CountedBigramsTests
{
    private static readonly string[] Article =
    [
        "重庆长安汽车新能源电池工厂今年投产，电池年产能达到20GWh。",
        "工厂生产的电池供应长安汽车，电池包由本地企业配套。",
        "该项目是两江新区新能源汽车产业链的重要一环。",
    ];

    private const string Piece = "电池产能的提升，让长安汽车的新能源车型交付更快。";

    /// <summary>The cosine worked out the plain way: every Han bigram of each text counted, each weighing its term
    /// weight times 1 + ln(count).</summary>
    private static double PlainCosine(IEnumerable<string> a, IEnumerable<string> b)
    {
        static Dictionary<int, int> Count(IEnumerable<string> texts)
        {
            var counts = new Dictionary<int, int>();
            foreach (var text in texts)
            {
                var previous = '\0';
                foreach (var c in text)
                {
                    if (!TopicSimilarity.IsBigramLetter(c)) continue;
                    if (HanText.IsHan(previous) && HanText.IsHan(c)) counts[previous << 16 | c] = counts.GetValueOrDefault(previous << 16 | c) + 1;
                    previous = c;
                }
            }
            return counts;
        }
        static double Weight(int bigram, int count) => TermWeights.Default.Of(bigram) * (1 + Math.Log(count));
        var (x, y) = (Count(a), Count(b));
        var dot = x.Where(p => y.ContainsKey(p.Key)).Sum(p => Weight(p.Key, p.Value) * Weight(p.Key, y[p.Key]));
        var norms = x.Sum(p => Math.Pow(Weight(p.Key, p.Value), 2)) * y.Sum(p => Math.Pow(Weight(p.Key, p.Value), 2));
        return dot / Math.Sqrt(norms);
    }

    [Fact]
    public void A_block_and_an_article_have_the_cosine_of_their_counted_bigrams()
    {
        var counted = new CountedBigrams(Article.Sum(t => t.Length));
        var article = counted.Sum(Article.Select(counted.Of));
        // The piece is counted after the article: bigrams it numbers anew are not in the article's counts.
        var piece = counted.Of(Piece);
        var cosine = counted.Cosine(piece, article);
        Assert.InRange(cosine, 0.05, 0.95);
        Assert.Equal(PlainCosine([Piece], Article), cosine, 12);
    }

    [Fact]
    public void A_bigram_said_again_weighs_more_but_not_in_proportion()
    {
        var counted = new CountedBigrams(64);
        var once = counted.Sum([counted.Of("电池工厂投产")]);
        var often = counted.Sum([counted.Of("电池工厂投产，电池，电池，电池")]);
        var probe = counted.Of("电池");
        Assert.True(counted.Cosine(probe, often) > counted.Cosine(probe, once));
        Assert.Equal(PlainCosine(["电池"], ["电池工厂投产，电池，电池，电池"]), counted.Cosine(probe, often), 12);
    }

    [Fact]
    public void Texts_without_han_bigrams_are_like_nothing()
    {
        var counted = new CountedBigrams(16);
        var text = counted.Sum([counted.Of("GDP 2024 年")]);
        Assert.Equal(0, counted.Cosine(counted.Of("电池"), text));
        Assert.Equal(0, counted.Cosine(counted.Of("2024"), counted.Sum([counted.Of("电池工厂")])));
    }

    [Fact]
    public void The_table_grows_past_the_letters_it_was_sized_for()
    {
        var counted = new CountedBigrams(16);
        var long_ = string.Concat(Enumerable.Range(0x4E00, 3000).Select(c => (char)c));
        var text = counted.Sum([counted.Of(long_)]);
        Assert.Equal(1.0, counted.Cosine(counted.Of(long_), text), 12);
    }

    [Fact]
    public void What_a_text_may_hold_bounds_a_cosine_with_it_from_above()
    {
        // Few letters, so texts share many bigrams; punctuation, digits and Latin letters between them as pages print them.
        var letters = "电池工厂产能汽车新能源重庆长安项目，。、 2024GDP".ToCharArray();
        var random = new Random(30);
        string Text() => new(Enumerable.Range(0, random.Next(0, 120)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
        for (var round = 0; round < 500; round++)
        {
            var counted = new CountedBigrams(256);
            var texts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Text()).ToList();
            var piece = counted.Of(Text());
            var text = counted.Sum(texts.Select(counted.Of));
            Assert.True(counted.CosineAtMost(piece, BigramPresence.Of(texts)) >= counted.Cosine(piece, text) - 1e-12);
        }
    }

    [Fact]
    public void A_text_that_shares_no_bigram_with_a_piece_leaves_it_almost_no_cosine_to_reach()
    {
        var counted = new CountedBigrams(256);
        var piece = counted.Of(Piece);
        string[] cattle = ["丰都县肉牛养殖基地扩建，存栏肉牛将达到两万头。", "养殖户通过合作社统一销售，收入稳步提高。"];
        Assert.Equal(0, counted.Cosine(piece, counted.Sum(cattle.Select(counted.Of))));
        Assert.InRange(counted.CosineAtMost(piece, BigramPresence.Of(cattle)), 0, 0.2);
        // Its own article says most of its words.
        Assert.InRange(counted.CosineAtMost(piece, BigramPresence.Of(Article)), 0.5, 1);
    }
}
