using Lucene.Net.Index;

namespace NewsPortal.Search.Querying;

/// <summary>
/// The per-segment states of a phrase's terms, looked up with one term enumerator per segment: Lucene's
/// <see cref="TermContext.Build"/> opens one per term, and a phrase of eight bigrams in three fields made
/// two dozen enumerators a search, a good part of its garbage.
/// </summary>
internal static class TermContexts
{
    public static TermContext[] Build(IndexReaderContext top, string field, IReadOnlyList<Term> terms)
    {
        var contexts = terms.Select(_ => new TermContext(top)).ToArray();
        foreach (var leaf in top.Leaves)
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(field);
            if (fieldTerms is null)
            {
                continue;
            }
            var termsEnum = fieldTerms.GetEnumerator();
            for (int i = 0; i < terms.Count; i++)
            {
                if (termsEnum.SeekExact(terms[i].Bytes))
                {
                    contexts[i].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }
        }
        return contexts;
    }
}
