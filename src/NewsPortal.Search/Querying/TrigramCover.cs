using Lucene.Net.Analysis;
using Lucene.Net.Index;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Querying;

/// <summary>
/// The few terms of <see cref="ArticleFields.Trigrams"/> that match exactly where a word's bigrams match in a row in
/// <see cref="ArticleFields.Text"/>. For one run of n ≥ 3 Han characters: the trigrams at 0, 2, 4… and n − 3, each
/// sharing a character with the next, so together they are the whole run (新能源: one term; 智能网联新能源汽车: four
/// instead of eight bigrams). For runs of two or more characters that follow each other with only a space or a
/// punctuation mark between (<c>"产业 创新"</c>: 产业 and 创新 two positions apart), each break may be one run in the
/// text (产业创新) or two (产业，创新), so the cover is one alternative per way: trigrams where the text joins the runs,
/// a junction (<see cref="TrigramFilter"/>) where it breaks them. A match is of exactly one alternative.
/// </summary>
internal static class TrigramCover
{
    /// <summary>Breaks a word may have: each doubles the alternatives.</summary>
    public const int MaxBreaks = 3;

    /// <summary>
    /// The alternatives covering <paramref name="text"/> (what <paramref name="phrase"/> was analyzed from), each a list
    /// of terms at positions relative to the phrase's start; null when the word is not made of Han runs of two or more
    /// characters side by side (a run of three or more when it is one), or breaks more than <see cref="MaxBreaks"/> times.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(Term Term, int Position)>>? Of(Analyzer analyzer, string text, QueryPhrase phrase)
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
        // A unigram at every position from the first to the last: the characters. A bigram at p joins p and p + 1.
        int first = tokens[0].Position;
        var characters = tokens.Where(t => t.IsUnigram).Select(t => t.Term).ToList();
        var joined = tokens.Where(t => t.IsBigram).Select(t => t.Position - first).ToHashSet();
        int length = characters.Count;
        if (tokens[^1].Position - first != length - 1 || tokens.Where(t => t.IsUnigram).Select(t => t.Position).Distinct().Count() != length)
        {
            return null;
        }
        var breaks = Enumerable.Range(0, length - 1).Where(p => !joined.Contains(p)).ToList();
        bool shortRun = Enumerable.Range(0, length).Any(p => !joined.Contains(p) && !joined.Contains(p - 1));
        if (shortRun || breaks.Count > MaxBreaks || (breaks.Count == 0 && length < 3))
        {
            return null;
        }
        var alternatives = new List<IReadOnlyList<(Term, int)>>();
        for (int way = 0; way < 1 << breaks.Count; way++)
        {
            // Bit i set: the text breaks where the word does at breaks[i]; clear: the text runs on through it.
            var textBreaks = breaks.Where((_, i) => (way & (1 << i)) != 0).ToList();
            alternatives.Add(Alternative(characters, textBreaks));
        }
        return alternatives;
    }

    /// <summary>The trigrams of each stretch the text holds as one run, and a junction at each of <paramref name="textBreaks"/>.</summary>
    /// <param name="textBreaks">Positions after which the text's run ends, ascending.</param>
    private static List<(Term, int)> Alternative(List<string> characters, List<int> textBreaks)
    {
        var terms = new List<(Term, int)>();
        int start = 0;
        foreach (int end in textBreaks.Append(characters.Count - 1))
        {
            int trigrams = end - start - 1;
            for (int i = 0; i < trigrams; i++)
            {
                if (i % 2 == 0 || i == trigrams - 1)
                {
                    int at = start + i;
                    terms.Add((new Term(ArticleFields.Trigrams, characters[at] + characters[at + 1] + characters[at + 2]), at));
                }
            }
            if (end < characters.Count - 1)
            {
                string junction = characters[end - 1] + characters[end] + TrigramFilter.JunctionMark + characters[end + 1] + characters[end + 2];
                terms.Add((new Term(ArticleFields.Trigrams, junction), end - 1));
            }
            start = end + 1;
        }
        return terms.OrderBy(t => t.Item2).ToList();
    }
}
