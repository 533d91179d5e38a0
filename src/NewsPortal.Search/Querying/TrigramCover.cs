using Lucene.Net.Analysis;
using Lucene.Net.Index;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Querying;

/// <summary>
/// The few trigrams of <see cref="ArticleFields.Trigrams"/> that match exactly where a word's bigrams match in a row
/// in <see cref="ArticleFields.Text"/>: for one run of n ≥ 3 Han characters, the trigrams at 0, 2, 4… and n − 3, each
/// sharing a character with the next, so together they are the whole run (新能源: one term; 智能网联新能源汽车: four
/// instead of eight bigrams).
/// </summary>
internal static class TrigramCover
{
    /// <summary>The cover of <paramref name="text"/> (what <paramref name="phrase"/> was analyzed from), or null when it is not one run of three or more characters.</summary>
    public static IReadOnlyList<(Term Term, int Position)>? Of(Analyzer analyzer, string text, QueryPhrase phrase)
    {
        if (phrase.Terms.Count < 2)
        {
            return null;
        }
        var tokens = AnalyzedToken.Read(analyzer, ArticleFields.Text, text);
        if (tokens.Count == 0 || tokens.Any(t => !t.IsUnigram && !t.IsBigram))
        {
            return null;
        }
        // One run: a unigram at every position from the first to the last, a bigram at each but the last.
        int first = tokens[0].Position;
        int last = tokens[^1].Position;
        int unigrams = tokens.Count(t => t.IsUnigram);
        int bigrams = tokens.Count(t => t.IsBigram);
        if (unigrams != last - first + 1 || bigrams != unigrams - 1 || tokens.Where(t => t.IsBigram).Select(t => t.Position).Distinct().Count() != bigrams)
        {
            return null;
        }
        var trigrams = AnalyzedToken.Read(analyzer, ArticleFields.Trigrams, text);
        if (trigrams.Count != bigrams - 1)
        {
            return null;
        }
        var cover = new List<(Term, int)>();
        for (int i = 0; i < trigrams.Count; i++)
        {
            if (i % 2 == 0 || i == trigrams.Count - 1)
            {
                cover.Add((new Term(ArticleFields.Trigrams, trigrams[i].Term), trigrams[i].Position - first));
            }
        }
        return cover;
    }
}
