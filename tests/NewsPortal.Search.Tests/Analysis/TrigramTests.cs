using Lucene.Net.Analysis.TokenAttributes;
using NewsPortal.Search.Analysis;
using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>TrigramFilter: a run's trigrams at the positions of the text's bigrams, nothing else, and the same final position.</summary>
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
        Assert.Equal([("网联新", 3, 6, 2)], Compact(Trigrams("智能 网联新，t3b 号线")));
        Assert.Empty(Trigrams("茶 智能 T3B 2414"));
    }

    [Fact]
    public void A_surrogate_pair_stays_whole()
    {
        Assert.Equal(["𠀀智能"], Trigrams("𠀀智能").Select(t => t.Term));
    }

    [Fact]
    public void Every_trigram_stands_where_the_text_has_two_bigrams_in_a_row_and_the_stream_ends_at_the_same_position()
    {
        foreach (string text in RandomTexts(seed: 17, count: 300).Append("智能网联新能源汽车，产业创新综合体 T3B"))
        {
            var text3 = Trigrams(text);
            AssertWellFormed(text, text3);
            var bigrams = AnalyzedToken.Read(Analyzer, "text", text).Where(t => t.IsBigram).ToDictionary(t => t.Position);
            var expected = bigrams.Values
                .Where(b => bigrams.TryGetValue(b.Position + 1, out _))
                .Select(b => (b.Term + bigrams[b.Position + 1].Term[(char.IsHighSurrogate(bigrams[b.Position + 1].Term[0]) ? 2 : 1)..], b.Position));
            Assert.Equal(expected, text3.Select(t => (t.Term, t.Position)));
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
