using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;

namespace NewsPortal.Search.Highlighting;

/// <summary>A stretch of text [Start, End) that matched a query word or phrase.</summary>
internal readonly record struct MatchSpan(int Start, int End);

/// <summary>
/// Finds where query phrases occur in one field of one article, from the positions and offsets in
/// its postings (or, for short unindexed-offset fields, by analyzing the text again), and returns merged spans.
/// </summary>
internal static class MatchSpans
{
    /// <summary>term → position → character offsets.</summary>
    private sealed class Occurrences : Dictionary<string, Dictionary<int, MatchSpan>>
    {
        public Occurrences()
            : base(StringComparer.Ordinal)
        {
        }

        public void Add(string term, int position, int start, int end)
        {
            if (!TryGetValue(term, out var positions))
            {
                this[term] = positions = [];
            }
            positions[position] = new MatchSpan(start, end);
        }
    }

    /// <summary>Spans in one document of a segment, read from the offsets stored in the field's postings.</summary>
    public static IReadOnlyList<MatchSpan> FromPostings(AtomicReader segment, int doc, string field, IReadOnlyList<QueryPhrase> phrases)
    {
        var terms = phrases.Count == 0 ? null : segment.GetTerms(field);
        if (terms is null || !terms.HasOffsets)
        {
            return [];
        }
        var occurrences = new Occurrences();
        var termsEnum = terms.GetEnumerator();
        foreach (string term in phrases.SelectMany(p => p.Terms).Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }
            var postings = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(doc) != doc)
            {
                continue;
            }
            for (int i = postings.Freq; i > 0; i--)
            {
                int position = postings.NextPosition();
                occurrences.Add(term, position, postings.StartOffset, postings.EndOffset);
            }
        }
        return Match(occurrences, phrases);
    }

    /// <summary>Spans in a document of a composite reader: finds its segment first.</summary>
    public static IReadOnlyList<MatchSpan> FromPostings(IndexReader reader, int doc, string field, IReadOnlyList<QueryPhrase> phrases)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return FromPostings(leaf.AtomicReader, doc - leaf.DocBase, field, phrases);
    }

    public static IReadOnlyList<MatchSpan> FromText(Analyzer analyzer, string field, string text, IReadOnlyList<QueryPhrase> phrases)
    {
        if (phrases.Count == 0 || text.Length == 0)
        {
            return [];
        }
        var wanted = phrases.SelectMany(p => p.Terms).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var occurrences = new Occurrences();
        foreach (var token in AnalyzedToken.Read(analyzer, field, text))
        {
            if (wanted.Contains(token.Term))
            {
                occurrences.Add(token.Term, token.Position, token.Start, token.End);
            }
        }
        return Match(occurrences, phrases);
    }

    private static List<MatchSpan> Match(Occurrences occurrences, IReadOnlyList<QueryPhrase> phrases)
    {
        var spans = new List<MatchSpan>();
        foreach (var phrase in phrases)
        {
            var first = phrase.Terms[0];
            if (!occurrences.TryGetValue(first.Term, out var anchors))
            {
                continue;
            }
            foreach (var (position, anchor) in anchors)
            {
                int start = anchor.Start;
                int end = anchor.End;
                bool all = true;
                for (int t = 1; t < phrase.Terms.Count && all; t++)
                {
                    var term = phrase.Terms[t];
                    if (occurrences.TryGetValue(term.Term, out var at)
                        && at.TryGetValue(position + term.Position - first.Position, out var span))
                    {
                        start = Math.Min(start, span.Start);
                        end = Math.Max(end, span.End);
                    }
                    else
                    {
                        all = false;
                    }
                }
                if (all && end > start)
                {
                    spans.Add(new MatchSpan(start, end));
                }
            }
        }
        return Merge(spans);
    }

    private static List<MatchSpan> Merge(List<MatchSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<MatchSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }
}
