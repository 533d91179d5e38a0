using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsPortal.Search.Analysis;

/// <summary>
/// Lower-cases tokens exactly as Lucene's <c>LowerCaseFilter</c> does, without asking ICU about tokens that
/// cannot change: ASCII is folded in place and Han, kana-free CJK punctuation and Hangul syllables have no case.
/// Only a token holding another character goes through <see cref="CharacterUtils.ToLower(char[], int, int)"/>.
/// </summary>
/// <remarks>
/// Chinese text arrives here one ideograph per token, and <c>LowerCaseFilter</c> called ICU's case mapping for
/// every one: about a quarter of the CPU time of indexing an article (docs/benchmarks.md, Ingestion).
/// </remarks>
public sealed class CaseFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly CharacterUtils _characters;

    public CaseFoldFilter(LuceneVersion version, TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _characters = CharacterUtils.GetInstance(version);
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        char[] buffer = _term.Buffer;
        int length = _term.Length;
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    buffer[i] = (char)(c | 0x20);
                }
            }
            else if (!IsCaseless(c))
            {
                _characters.ToLower(buffer, i, length);
                break;
            }
        }
        return true;
    }

    /// <summary>CJK symbols, kana, ideographs (U+3000–U+9FFF), Hangul syllables and compatibility ideographs: no case mapping.</summary>
    internal static bool IsCaseless(char c) =>
        c is (>= '\u3000' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF');
}
