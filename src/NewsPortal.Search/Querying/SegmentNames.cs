using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Querying;

/// <summary>
/// The distinct entity names of one segment (the keyword values that also feed <see cref="ArticleFields.Names"/>),
/// each analyzed once, so a query word is looked for in a few thousand short names instead of in every article, and
/// each with its articles as an array, so the articles of the names holding a word are gathered without decoding postings.
/// </summary>
internal sealed class SegmentNames
{
    /// <summary>Per segment core (shared by every reader of the segment, dropped with it).</summary>
    private static readonly ConditionalWeakTable<object, SegmentNames> Cache = new();

    private static readonly ChineseAnalyzer Analyzer = new();

    private readonly List<Name> _names = [];

    /// <summary>Analyzed term → the names it occurs in (indexes into <see cref="_names"/>).</summary>
    private readonly Dictionary<string, List<int>> _byTerm = new(StringComparer.Ordinal);

    /// <summary>One keyword value of one field, with the positions of its terms as the names field analyzes it.</summary>
    /// <param name="Docs">The segment's documents tagged with it, ascending, deleted ones included (the caller checks live documents).</param>
    public sealed record Name(string Field, BytesRef Value, Dictionary<string, int[]> Positions, int[] Docs);

    public static SegmentNames For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static SegmentNames Read(AtomicReader segment)
    {
        var table = new SegmentNames();
        foreach (string field in ArticleFields.NameSources)
        {
            var terms = segment.GetTerms(field);
            if (terms is null)
            {
                continue;
            }
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var value = BytesRef.DeepCopyOf(termsEnum.Term);
                var positions = AnalyzedToken.Read(Analyzer, ArticleFields.Names, value.Utf8ToString())
                    .GroupBy(token => token.Term, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(token => token.Position).Order().ToArray(), StringComparer.Ordinal);
                int index = table._names.Count;
                table._names.Add(new Name(field, value, positions, Docs(termsEnum)));
                foreach (string term in positions.Keys)
                {
                    if (!table._byTerm.TryGetValue(term, out var list))
                    {
                        table._byTerm[term] = list = [];
                    }
                    list.Add(index);
                }
            }
        }
        return table;
    }

    private static int[] Docs(TermsEnum termsEnum)
    {
        var docs = new int[termsEnum.DocFreq];
        var postings = termsEnum.Docs(null, null, DocsFlags.NONE);
        int count = 0;
        int doc;
        while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            docs[count++] = doc;
        }
        return count == docs.Length ? docs : docs[..count];
    }

    /// <summary>The names the phrase occurs in, with how many times (start positions) it occurs in each.</summary>
    public List<(Name Name, int Count)> Matching(IReadOnlyList<PhraseTerm> phrase)
    {
        List<int>? candidates = null;
        foreach (var term in phrase)
        {
            if (!_byTerm.TryGetValue(term.Term, out var names))
            {
                return [];
            }
            if (candidates is null || names.Count < candidates.Count)
            {
                candidates = names;
            }
        }
        var matching = new List<(Name, int)>();
        foreach (int index in candidates ?? [])
        {
            var name = _names[index];
            int count = Occurrences(name, phrase);
            if (count > 0)
            {
                matching.Add((name, count));
            }
        }
        return matching;
    }

    private static int Occurrences(Name name, IReadOnlyList<PhraseTerm> phrase)
    {
        if (!name.Positions.TryGetValue(phrase[0].Term, out var anchors))
        {
            return 0;
        }
        int count = 0;
        foreach (int anchor in anchors)
        {
            int start = anchor - phrase[0].Position;
            bool all = true;
            for (int t = 1; t < phrase.Count && all; t++)
            {
                all = name.Positions.TryGetValue(phrase[t].Term, out var at) && Array.BinarySearch(at, start + phrase[t].Position) >= 0;
            }
            if (all)
            {
                count++;
            }
        }
        return count;
    }
}
