using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsPortal.Search.Analysis;

/// <summary>One token as the analyzer produced it: term, absolute position, character offsets and type.</summary>
public sealed record AnalyzedToken(string Term, int Position, int Start, int End, string Type)
{
    public bool IsUnigram => Type == CJKBigramFilter.SINGLE_TYPE;

    public bool IsBigram => Type == CJKBigramFilter.DOUBLE_TYPE;

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and returns every token.</summary>
    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        Read(stream, tokens);
        return tokens;
    }

    /// <summary>Drains an unconsumed token stream.</summary>
    public static void Read(TokenStream stream, List<AnalyzedToken> into)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            into.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset, type.Type));
        }
        stream.End();
    }
}
