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
            var recorded = RecordedTokens.Of(Analyzer, ArticleFields.Text, text);
            var expected = Chain(ArticleFields.Text, text);

            Assert.Equal(expected, Drain(recorded.Replay()));
            Assert.Equal(expected, Drain(recorded.Replay())); // a second replay, as the title and trigram fields take
            Assert.Equal(expected, Chain(ArticleFields.Title, text));
        }
    }

    [Fact]
    public void Trigrams_of_a_replay_are_the_trigram_fields_tokens()
    {
        foreach (string text in Texts())
        {
            var recorded = RecordedTokens.Of(Analyzer, ArticleFields.Text, text);

            Assert.Equal(Chain(ChineseAnalyzer.TrigramField, text), Drain(new TrigramFilter(recorded.Replay())));
        }
    }

    [Fact]
    public void Positions_are_the_last_tokens_position_plus_one()
    {
        Assert.Equal(0, RecordedTokens.Of(Analyzer, ArticleFields.Text, "").Positions);
        Assert.Equal(0, RecordedTokens.Of(Analyzer, ArticleFields.Text, "，。").Positions);
        foreach (string text in Texts())
        {
            var tokens = AnalyzedToken.Read(Analyzer, ArticleFields.Text, text);

            Assert.Equal(tokens.Count == 0 ? 0 : tokens[^1].Position + 1, RecordedTokens.Of(Analyzer, ArticleFields.Text, text).Positions);
        }
    }
}
