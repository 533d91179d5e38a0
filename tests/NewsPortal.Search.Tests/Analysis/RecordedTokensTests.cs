using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Tests.Fixtures;
using static NewsPortal.Search.Tests.Analysis.TokenChains;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>RecordedTokens: a value analysed once replays, for the text, title and trigram fields, what each field's chain gives.</summary>
public sealed class RecordedTokensTests
{
    private static readonly ChineseAnalyzer Analyzer = new();

    /// <summary>Every token's term, increment, offsets and type, then the stream's final increment and offset.</summary>
    private static List<(string, int, int, int, string)> Drain(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<(string, int, int, int, string)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset, type.Type));
        }
        stream.End();
        tokens.Add(("<end>", increment.PositionIncrement, offset.StartOffset, offset.EndOffset, ""));
        stream.Dispose();
        return tokens;
    }

    private static List<(string, int, int, int, string)> Chain(string field, string text) =>
        Drain(Analyzer.GetTokenStream(field, new StringReader(text)));

    public static IEnumerable<string> Texts() =>
        RandomTexts(seed: 16, count: 300)
            .Concat(SeedCorpus.Articles.SelectMany(a => new[] { a.Title ?? "", a.Body ?? "" }.Concat(a.Subtitles ?? [])))
            .Append("")
            .Append("智能网联新能源汽车，产业创新综合体 T3B 𠀀智能");

    [Fact]
    public void A_replay_gives_the_text_fields_tokens_and_final_state()
    {
        foreach (string text in Texts())
        {
            var recorded = RecordedTokens.Of(Analyzer, text);
            var expected = Chain(ArticleFields.Text, text);

            Assert.Equal(expected, Drain(recorded.Replay()));
            Assert.Equal(expected, Drain(recorded.Replay())); // a second replay, as the title and trigram fields take
            Assert.Equal(expected, Chain(ArticleFields.Title, text));
        }
    }

    /// <summary>Half-width katakana with voicing marks (folded into one letter: offsets no longer the term's length), kana, Hangul words, supplementary ideographs, lone surrogates.</summary>
    private const string MixedScripts = "智能网联汽车ｶﾞﾊﾟｷﾞｮｳﾞｶﾀｶﾅかなカナガ한국어서울𠀀𠀁\uD840\uDC02abcＡＢ３12 　，。\uD800\uDC00-";

    [Fact]
    public void A_replay_gives_the_chains_tokens_over_mixed_scripts()
    {
        var random = new Random(22);
        for (int i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => MixedScripts[random.Next(MixedScripts.Length)]).ToArray());

            Assert.Equal(Chain(ArticleFields.Text, text), Drain(RecordedTokens.Of(Analyzer, text).Replay()));
        }
    }

    [Fact]
    public void Recording_a_long_text_allocates_about_its_tokens_only()
    {
        // The bigram filter cleared and captured attribute states token by token: about 160 bytes a char of Chinese
        // text; the recording's own arrays hold two tokens a char, about 55 bytes.
        string text = string.Concat(Enumerable.Repeat("重庆市涪陵区智能网联新能源汽车产业创新综合体，跨省通办。", 400));
        RecordedTokens.Of(Analyzer, text);
        long before = GC.GetAllocatedBytesForCurrentThread();

        RecordedTokens.Of(Analyzer, text);

        Assert.InRange((GC.GetAllocatedBytesForCurrentThread() - before) / (double)text.Length, 0, 80);
    }

    [Fact]
    public void Trigrams_of_a_replay_are_the_trigram_fields_tokens()
    {
        foreach (string text in Texts())
        {
            var recorded = RecordedTokens.Of(Analyzer, text);

            Assert.Equal(Chain(ChineseAnalyzer.TrigramField, text), Drain(new TrigramFilter(recorded.Replay())));
        }
    }

    [Fact]
    public void Trigrams_read_from_the_recording_are_the_trigram_fields_tokens_and_final_state()
    {
        foreach (string text in Texts())
        {
            var recorded = RecordedTokens.Of(Analyzer, text);
            var expected = Chain(ChineseAnalyzer.TrigramField, text);

            Assert.Equal(expected, Drain(recorded.Trigrams()));
            Assert.Equal(expected, Drain(recorded.Trigrams())); // a value's second field, as the text field takes a second replay
        }
    }

    [Fact]
    public void Trigrams_read_from_the_recording_are_the_chains_over_mixed_scripts()
    {
        var random = new Random(30);
        for (int i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => MixedScripts[random.Next(MixedScripts.Length)]).ToArray());

            Assert.Equal(Chain(ChineseAnalyzer.TrigramField, text), Drain(RecordedTokens.Of(Analyzer, text).Trigrams()));
        }
    }

    [Fact]
    public void Positions_are_the_last_tokens_position_plus_one()
    {
        Assert.Equal(0, RecordedTokens.Of(Analyzer, "").Positions);
        Assert.Equal(0, RecordedTokens.Of(Analyzer, "，。").Positions);
        foreach (string text in Texts())
        {
            var tokens = AnalyzedToken.Read(Analyzer, ArticleFields.Text, text);

            Assert.Equal(tokens.Count == 0 ? 0 : tokens[^1].Position + 1, RecordedTokens.Of(Analyzer, text).Positions);
        }
    }
}
