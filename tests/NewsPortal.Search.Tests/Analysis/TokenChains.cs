using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;

namespace NewsPortal.Search.Tests.Analysis;

/// <summary>The stages of <see cref="ChineseAnalyzer"/> one at a time, each directly on the tokenizer, and random text to feed them.</summary>
internal static class TokenChains
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static TokenStream Width(TextReader reader) => new CJKWidthFilter(new StandardTokenizer(Version, reader));

    public static TokenStream LowerCase(TextReader reader) => new CaseFoldFilter(Version, new StandardTokenizer(Version, reader));

    /// <summary>Lucene's own lower-casing, the reference <see cref="CaseFoldFilter"/> must equal.</summary>
    public static TokenStream LuceneLowerCase(TextReader reader) => new LowerCaseFilter(Version, new StandardTokenizer(Version, reader));

    public static TokenStream Bigrams(TextReader reader) =>
        new CJKBigramFilter(new StandardTokenizer(Version, reader), CJKScript.HAN, outputUnigrams: true);

    public static IReadOnlyList<AnalyzedToken> Run(Func<TextReader, TokenStream> chain, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = chain(new StringReader(text));
        AnalyzedToken.Read(stream, tokens);
        return tokens;
    }

    /// <summary>(term, start, end, position) for compact assertions.</summary>
    public static IEnumerable<(string, int, int, int)> Compact(IEnumerable<AnalyzedToken> tokens) =>
        tokens.Select(t => (t.Term, t.Start, t.End, t.Position));

    private const string Alphabet = "智能网联新能源汽车产业创新综合体跨省通办传感器涪陵区ＡＢＣＴ３ｔ３ｂabcXYZ0123456789 　，。、“”\"-:*?()<>&'\t\n\r\u0000\u0007\u200b\u3000ｶﾀｶﾅかなカナ한국";

    /// <summary>Random text over Chinese, full-width, Latin, punctuation, control characters and broken surrogates.</summary>
    public static IEnumerable<string> RandomTexts(int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int length = random.Next(0, 300);
            var chars = new char[length];
            for (int c = 0; c < length; c++)
            {
                chars[c] = random.Next(20) switch
                {
                    0 => (char)random.Next(0xD800, 0xE000),
                    1 => (char)random.Next(0, 0x10000),
                    _ => Alphabet[random.Next(Alphabet.Length)],
                };
            }
            yield return new string(chars);
        }
    }

    /// <summary>Offsets inside the text and in order, positions never going back.</summary>
    public static void AssertWellFormed(string text, IReadOnlyList<AnalyzedToken> tokens)
    {
        int lastPosition = -1;
        foreach (var token in tokens)
        {
            Assert.InRange(token.Start, 0, text.Length);
            Assert.InRange(token.End, token.Start, text.Length);
            Assert.True(token.Position >= lastPosition, "positions must not go back");
            Assert.NotEmpty(token.Term);
            lastPosition = token.Position;
        }
    }
}
