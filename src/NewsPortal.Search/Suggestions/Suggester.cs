using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Suggestions;

/// <summary>
/// Completions for a typed prefix, read straight from the sorted term dictionaries of the keyword
/// fields (entity names, then whole titles), so they are as fresh as the searcher.
/// </summary>
internal static class Suggester
{
    public const int MaxPrefixLength = 50;

    /// <summary>Where suggestions come from, entities before titles; the kind is what <see cref="Suggestion.Kind"/> reports.</summary>
    private static readonly (string Field, string Kind)[] Sources =
    [
        (ArticleFields.District, "district"),
        (ArticleFields.Cluster, "cluster"),
        (ArticleFields.Industry, "industry"),
        (ArticleFields.Organization, "organization"),
        (ArticleFields.Person, "person"),
        (ArticleFields.Source, "source"),
        (ArticleFields.TitleKey, "title"),
    ];

    private sealed record Candidate(string Text, string Kind, int Rank, int DocFreq);

    public static IReadOnlyList<Suggestion> Suggest(IndexReader reader, string? prefix, int max)
    {
        string typed = Normalize(prefix);
        if (typed.Length == 0 || max <= 0)
        {
            return [];
        }
        max = Math.Min(max, 100);

        var candidates = new List<Candidate>();
        for (int rank = 0; rank < Sources.Length; rank++)
        {
            var (field, kind) = Sources[rank];
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }
            var termsEnum = terms.GetEnumerator();
            var start = new BytesRef(typed);
            if (termsEnum.SeekCeil(start) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            int taken = 0;
            do
            {
                var term = termsEnum.Term;
                if (!StringHelper.StartsWith(term, start))
                {
                    break;
                }
                candidates.Add(new Candidate(term.Utf8ToString(), kind, rank, termsEnum.DocFreq));
            }
            while (++taken < max * 4 && termsEnum.MoveNext());
        }

        bool isTitle(Candidate c) => c.Kind == "title";
        return candidates
            .OrderByDescending(c => c.Text.Length == typed.Length)
            .ThenBy(c => isTitle(c))
            .ThenByDescending(c => c.DocFreq)
            .ThenBy(c => c.Text.Length)
            .ThenBy(c => c.Rank)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .DistinctBy(c => c.Text)
            .Take(max)
            .Select(c => new Suggestion(c.Text, c.Kind))
            .ToList();
    }

    private static string Normalize(string? prefix)
    {
        var chars = (prefix ?? "").Where(c => !char.IsControl(c)).Take(MaxPrefixLength).ToArray();
        return new string(chars).Trim();
    }
}
