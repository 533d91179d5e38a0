using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;

namespace NewsPortal.Search.Highlighting;

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

    /// <summary>
    /// Spans in each of <paramref name="docs"/> (a page of hits), read from the offsets stored in the
    /// field's postings. Each query term is looked up once per segment and its postings walked forward
    /// through that segment's hits in document order.
    /// </summary>
    public static IReadOnlyList<MatchSpan>[] FromPostings(IndexReader reader, IReadOnlyList<int> docs, string field, IReadOnlyList<QueryPhrase> phrases)
    {
        var spans = new IReadOnlyList<MatchSpan>[docs.Count];
        Array.Fill(spans, []);
        if (phrases.Count == 0 || docs.Count == 0)
        {
            return spans;
        }
        var terms = phrases.SelectMany(p => p.Terms).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        var leaves = reader.Leaves;
        var bySegment = Enumerable.Range(0, docs.Count)
            .GroupBy(i => ReaderUtil.SubIndex(docs[i], leaves))
            .Select(g => (Leaf: leaves[g.Key], Hits: g.DistinctBy(i => docs[i]).OrderBy(i => docs[i]).ToList())); // a document listed twice is marked once

        foreach (var (leaf, hits) in bySegment)
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(field);
            if (fieldTerms is null || !fieldTerms.HasOffsets)
            {
                continue;
            }
            var occurrences = hits.ToDictionary(i => i, _ => new Occurrences());
            var termsEnum = fieldTerms.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            foreach (string term in terms)
            {
                if (!termsEnum.SeekExact(new BytesRef(term)))
                {
                    continue;
                }
                postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null)
                {
                    continue;
                }
                foreach (int hit in hits)
                {
                    int target = docs[hit] - leaf.DocBase;
                    int at = postings.DocID < target ? postings.Advance(target) : postings.DocID;
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }
                    if (at != target)
                    {
                        continue;
                    }
                    for (int i = postings.Freq; i > 0; i--)
                    {
                        int position = postings.NextPosition();
                        occurrences[hit].Add(term, position, postings.StartOffset, postings.EndOffset);
                    }
                }
            }
            foreach (int hit in hits)
            {
                spans[hit] = Match(occurrences[hit], phrases);
            }
        }

        return spans;
    }

    /// <summary>The spans of the first <paramref name="length"/> characters: the title's, out of a field that continues with other values.</summary>
    public static IReadOnlyList<MatchSpan> Within(IReadOnlyList<MatchSpan> spans, int length)
    {
        // Loops rather than LINQ: twice a hit on every page of hits, and their closures and iterators were garbage each time.
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].End > length)
            {
                var kept = new List<MatchSpan>(spans.Count - 1);
                for (int j = 0; j < spans.Count; j++)
                {
                    if (spans[j].End <= length)
                    {
                        kept.Add(spans[j]);
                    }
                }
                return kept;
            }
        }
        return spans;
    }

    /// <summary>
    /// The spans of the value of a multi-valued field that starts at character <paramref name="start"/> and is
    /// <paramref name="length"/> long, relative to that value (the body's, out of the text field after the title).
    /// </summary>
    public static IReadOnlyList<MatchSpan> Within(IReadOnlyList<MatchSpan> spans, int start, int length)
    {
        var within = new List<MatchSpan>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Start >= start && span.End <= start + length)
            {
                within.Add(new MatchSpan(span.Start - start, span.End - start));
            }
        }
        return within;
    }

    /// <summary>Where the second value of a field starts in its offsets: after the first and the analyzer's offset gap.</summary>
    public static int SecondValueStart(string firstValue) => firstValue.Length + ChineseAnalyzer.OffsetGap;

    /// <summary>Spans found by analyzing <paramref name="text"/> again, for text whose offsets are not in the postings.</summary>
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
