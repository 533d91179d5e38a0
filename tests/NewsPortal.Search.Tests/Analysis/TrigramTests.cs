using Lucene.Net.Analysis.TokenAttributes;
using NewsPortal.Search.Analysis;
using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>TrigramFilter: a run's trigrams and the junctions of runs side by side at the positions of the text's bigrams, nothing else, and the same final position.</summary>
public sealed class TrigramTests
{
    private static readonly ChineseAnalyzer Analyzer = new();

    private static IReadOnlyList<AnalyzedToken> Trigrams(string text) => AnalyzedToken.Read(Analyzer, ChineseAnalyzer.TrigramField, text);

    [Fact]
    public void A_han_run_gives_its_trigrams_at_the_positions_of_their_first_characters()
    {
        Assert.Equal([("智能网", 0, 3, 0), ("能网联", 1, 4, 1)], Compact(Trigrams("智能网联")));
    }

    [Fact]
    public void Trigrams_do_not_cross_spaces_punctuation_or_latin_words_and_short_runs_give_none()
    {
        // 智(0)能(1) 网(2)联(3)新(4)，t3b(5) 号(6)线(7)
        Assert.Equal([("网联新", 3, 6, 2)], Trigrams("智能 网联新，t3b 号线").Where(t => t.Type == TrigramFilter.TrigramType).Select(t => (t.Term, t.Start, t.End, t.Position)));
        Assert.Empty(Trigrams("茶 智能 T3B 2414"));
    }

    [Fact]
    public void Two_runs_side_by_side_give_a_junction_of_their_bigrams_at_the_first_ones_position()
    {
        // 产(0)业(1)，创(2)新(3)综(4)合(5)体(6)
        Assert.Equal([("产业 创新", 0, 5, 0), ("创新综", 3, 6, 2), ("新综合", 4, 7, 3), ("综合体", 5, 8, 4)], Compact(Trigrams("产业，创新综合体")));
        // 发(0)展(1) 产(2)业(3) 创(4)新(5): a junction at each break, trigrams within the runs
        Assert.Equal([("发展 产业", 0), ("产业 创新", 2)], Trigrams("发展 产业 创新").Select(t => (t.Term, t.Position)));
        Assert.Equal(JunctionTypes(1), Trigrams("产业 创新").Select(t => t.Type));
    }

    [Fact]
    public void Runs_apart_by_a_latin_word_or_of_one_character_give_no_junction()
    {
        Assert.Empty(Trigrams("产业 5G 创新"));
        Assert.Empty(Trigrams("产业，新 创新"));
        Assert.Empty(Trigrams("新，创新"));
    }

    private static IEnumerable<string> JunctionTypes(int count) => Enumerable.Repeat(TrigramFilter.JunctionType, count);

    [Fact]
    public void A_surrogate_pair_stays_whole()
    {
        Assert.Equal(["𠀀智能"], Trigrams("𠀀智能").Select(t => t.Term));
    }

    [Fact]
    public void Every_trigram_and_junction_stands_where_the_text_has_its_bigrams_and_the_stream_ends_at_the_same_position()
    {
        foreach (string text in RandomTexts(seed: 17, count: 300).Append("智能网联新能源汽车，产业创新综合体 T3B"))
        {
            var text3 = Trigrams(text);
            AssertWellFormed(text, text3);
            var bigrams = AnalyzedToken.Read(Analyzer, "text", text).Where(t => t.IsBigram).ToDictionary(t => t.Position);
            string Last(AnalyzedToken bigram) => bigram.Term[(char.IsHighSurrogate(bigram.Term[0]) ? 2 : 1)..];
            var expected = bigrams.Values
                .Select(b => bigrams.TryGetValue(b.Position + 1, out var next) ? (b.Term + Last(next), b.Position)
                    : bigrams.TryGetValue(b.Position + 2, out var after) ? (b.Term + TrigramFilter.JunctionMark + after.Term, b.Position)
                    : (null, b.Position))
                .Where(t => t.Item1 is not null);
            Assert.Equal(expected, text3.Select(t => ((string?)t.Term, t.Position)));
            Assert.Equal(EndPosition("text", text), EndPosition(ChineseAnalyzer.TrigramField, text));
        }
    }

    /// <summary>Where the next value of the field would start, as Lucene counts: every increment, the final one included.</summary>
    private static int EndPosition(string field, string text)
    {
        using var stream = Analyzer.GetTokenStream(field, new StringReader(text));
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
        }
        stream.End();
        return position + increment.PositionIncrement;
    }
}
