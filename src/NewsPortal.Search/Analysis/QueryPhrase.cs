using Lucene.Net.Analysis;

namespace NewsPortal.Search.Analysis;

/// <summary>A term at a position relative to the start of a query phrase.</summary>
public sealed record PhraseTerm(string Term, int Position);

/// <summary>
/// What one query word or quoted phrase must match: its terms at relative positions.
/// Bigrams stand for Han runs; a unigram is kept only for a character no bigram covers
/// (a one-character word or an isolated character), so 智能网联 is 智能 能网 网联 in a row.
/// </summary>
public sealed record QueryPhrase(IReadOnlyList<PhraseTerm> Terms)
{
    public bool IsEmpty => Terms.Count == 0;

    public static QueryPhrase Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = AnalyzedToken.Read(analyzer, field, text);
        var bigramPositions = tokens.Where(t => t.IsBigram).Select(t => t.Position).ToHashSet();
        var kept = tokens
            .Where(t => !t.IsUnigram || (!bigramPositions.Contains(t.Position) && !bigramPositions.Contains(t.Position - 1)))
            .ToList();
        if (kept.Count == 0)
        {
            return new QueryPhrase([]);
        }
        int first = kept[0].Position;
        return new QueryPhrase(kept.Select(t => new PhraseTerm(t.Term, t.Position - first)).ToList());
    }
}
