using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NewsPortal.Search.Analysis;

/// <summary>
/// Article text analysis: Unicode word tokens, width folded, lower-cased, Han runs as
/// overlapping bigrams plus single characters; Latin words and numbers stay whole.
/// </summary>
/// <remarks>
/// Unigrams and bigrams share positions (unigram first, bigram stacked on it), so a run of n
/// Han characters spans n positions and a query phrase of bigrams matches only contiguous text.
/// </remarks>
public sealed class ChineseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Gap between the values of a multi-valued field, so phrases never match across two values.</summary>
    public const int ValueGap = 100;

    /// <summary>Components are kept per field: the trigram field's chain differs from the others'.</summary>
    public ChineseAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new CJKWidthFilter(source);
        chain = new CaseFoldFilter(Version, chain);
        if (fieldName == UnigramField)
        {
            return new TokenStreamComponents(source, chain);
        }
        chain = new CJKBigramFilter(chain, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams: true);
        if (fieldName == TrigramField)
        {
            chain = new TrigramFilter(chain);
        }
        return new TokenStreamComponents(source, chain);
    }

    /// <summary>
    /// Not a field of the index: the chain before its bigrams (tokens width and case folded), which
    /// <see cref="RecordedTokens"/> reads and pairs itself as <see cref="CJKBigramFilter"/> would.
    /// </summary>
    internal const string UnigramField = "\u0001unigrams";

    /// <summary>The field analyzed into Han trigrams only (<see cref="TrigramFilter"/>), position for position with the others.</summary>
    public const string TrigramField = "trigrams";

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <summary>Characters between the values of a multi-valued field in its offsets.</summary>
    public const int OffsetGap = 1;

    public override int GetOffsetGap(string fieldName) => OffsetGap;
}
