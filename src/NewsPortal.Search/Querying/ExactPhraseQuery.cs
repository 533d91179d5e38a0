using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace NewsPortal.Search.Querying;

/// <summary>
/// Terms at fixed relative positions in one field, matched and scored exactly as Lucene's <see cref="PhraseQuery"/>
/// without slop (same conjunction, same phrase frequency, same similarity), with a leaner position check: every
/// Chinese query word is such a phrase of bigrams, so checking positions is most of what a broad query costs.
/// </summary>
internal sealed class ExactPhraseQuery : Query
{
    private readonly string _field;
    private readonly Term[] _terms;
    private readonly int[] _positions;
    private readonly bool _countsTitle;
    private readonly string _matchField;
    private readonly Term[][] _matchTerms;
    private readonly int[][] _matchPositions;

    /// <param name="terms">Terms of one field with their positions in the phrase; one of them at position 0.</param>
    /// <param name="countsTitle">
    /// Also count the matches within the title, the field's first value (<see cref="PhraseScorer.LeadingFreq"/>; its
    /// length is <see cref="Indexing.SegmentTitleLengths"/>): for <see cref="Indexing.ArticleFields.Text"/>, which the title opens.
    /// </param>
    /// <param name="matchedBy">
    /// Ways the phrase can stand in another field, each a list of that field's terms at positions relative to the
    /// phrase's start that match exactly where <paramref name="terms"/> do, and no two of them at one place (the word's
    /// trigrams and junctions, <see cref="TrigramCover"/>): the phrase is then found through them, its frequency the sum
    /// over the ways, and scored with the statistics and norms of <paramref name="terms"/>, as if found there.
    /// </param>
    public ExactPhraseQuery(
        IReadOnlyList<(Term Term, int Position)> terms, bool countsTitle = false, IReadOnlyList<IReadOnlyList<(Term Term, int Position)>>? matchedBy = null)
    {
        if (terms.Count < 2 || terms.Any(t => t.Term.Field != terms[0].Term.Field) || terms.Min(t => t.Position) != 0)
        {
            throw new ArgumentException("a phrase is two or more terms of one field, the first at position 0", nameof(terms));
        }
        if (matchedBy is not null && (matchedBy.Count < 1 || matchedBy.Any(way => way.Count < 1 || way.Any(t => t.Term.Field != matchedBy[0][0].Term.Field || t.Position < 0))))
        {
            throw new ArgumentException("each way of matching is terms of one field, at positions in the phrase", nameof(matchedBy));
        }
        _field = terms[0].Term.Field;
        _terms = terms.Select(t => t.Term).ToArray();
        _positions = terms.Select(t => t.Position).ToArray();
        _countsTitle = countsTitle;
        var ways = matchedBy ?? [terms];
        _matchField = ways[0][0].Term.Field;
        _matchTerms = ways.Select(way => way.Select(t => t.Term).ToArray()).ToArray();
        _matchPositions = ways.Select(way => way.Select(t => t.Position).ToArray()).ToArray();
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _terms)
        {
            terms.Add(term);
        }
    }

    public override string ToString(string field) =>
        $"{(field == _field ? "" : _field + ":")}\"{string.Join(' ', _terms.Select((t, i) => $"{t.Text}@{_positions[i]}"))}\"{ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is ExactPhraseQuery other && base.Equals(other) && _terms.SequenceEqual(other._terms) && _positions.SequenceEqual(other._positions)
        && _countsTitle == other._countsTitle && _matchTerms.Length == other._matchTerms.Length
        && _matchTerms.Zip(other._matchTerms).All(pair => pair.First.SequenceEqual(pair.Second))
        && _matchPositions.Zip(other._matchPositions).All(pair => pair.First.SequenceEqual(pair.Second));

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _terms.Length, _terms[0], _positions[^1]);

    internal sealed class PhraseWeight : Weight
    {
        private readonly ExactPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext[][] _matchStates;

        public PhraseWeight(ExactPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var context = searcher.TopReaderContext;
            var states = TermContexts.Build(context, query._field, query._terms);
            var termStats = query._terms.Select((term, i) => searcher.TermStatistics(term, states[i])).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query._field), termStats);
            _matchStates = query._matchTerms.Select(way => way.SequenceEqual(query._terms) ? states : TermContexts.Build(context, query._matchField, way)).ToArray();
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var fieldTerms = context.AtomicReader.GetTerms(_query._matchField);
            if (fieldTerms is null)
            {
                return null;
            }
            var termsEnum = fieldTerms.GetEnumerator();
            var leading = _query._countsTitle ? Indexing.SegmentTitleLengths.For(context.AtomicReader) : null;
            var ways = new List<PhraseMatches>(_matchStates.Length);
            for (int way = 0; way < _matchStates.Length; way++)
            {
                if (Postings(context, acceptDocs, termsEnum, way) is { } postings)
                {
                    ways.Add(new PhraseMatches(postings, leading));
                }
            }
            return ways.Count == 0 ? null : new PhraseScorer(this, ways.ToArray(), _similarity.GetSimScorer(_stats, context));
        }

        /// <summary>The postings of one way's terms in this segment, rarest first (it leads the conjunction); null when one is missing.</summary>
        private PhrasePostings[]? Postings(AtomicReaderContext context, IBits? acceptDocs, TermsEnum termsEnum, int way)
        {
            var terms = _query._matchTerms[way];
            var postings = new PhrasePostings[terms.Length];
            for (int i = 0; i < postings.Length; i++)
            {
                var state = _matchStates[way][i].Get(context.Ord);
                if (state is null)
                {
                    return null; // a term missing from the segment: no document of it has the phrase this way
                }
                termsEnum.SeekExact(terms[i].Bytes, state);
                var positions = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field {_query._matchField} was indexed without positions");
                postings[i] = new PhrasePostings(positions, _query._matchPositions[way][i], termsEnum.DocFreq);
            }
            Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            return postings;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = (PhraseScorer?)GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new ComplexExplanation(false, 0f, "no matching phrase");
            }
            var freq = new Explanation(scorer.Freq, "phraseFreq=" + scorer.Freq);
            var explanation = scorer.DocScorer.Explain(doc, freq);
            var result = new ComplexExplanation(true, explanation.Value, $"weight({_query} in {doc}), result of:");
            result.AddDetail(explanation);
            return result;
        }
    }

    internal sealed record PhrasePostings(DocsAndPositionsEnum Positions, int Offset, int DocFreq);

    /// <summary>
    /// The documents where any of the phrase's ways matches, with the phrase's frequency: the sum over the ways (a match
    /// is of exactly one way), so it scores as the phrase found in its own field.
    /// </summary>
    internal sealed class PhraseScorer(Weight weight, PhraseMatches[] ways, Similarity.SimScorer docScorer) : Scorer(weight)
    {
        private int _doc = -1;
        private int _freq;

        public Similarity.SimScorer DocScorer => docScorer;

        public override int DocID => _doc;

        public override int Freq => _freq;

        /// <summary>How many of the matches start in the field's first value (0 unless the query names its length's doc values).</summary>
        public int LeadingFreq { get; private set; }

        public override float GetScore() => docScorer.Score(_doc, _freq);

        public override long GetCost() => ways.Sum(way => way.Cost);

        // Most phrases have one way: it is followed without the union's bookkeeping.
        private readonly PhraseMatches? _only = ways.Length == 1 ? ways[0] : null;

        // Called for every match of a broad word (tens of thousands a search), and so are the phrase's match and frequency
        // below: optimized from the first call, as the word's own loop is, rather than run as unoptimized then
        // instrumented code through a portal's first 20-40 s of load (docs/benchmarks.md, tiered compilation).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override int NextDoc()
        {
            if (_only is { } only)
            {
                return Take(only.NextDoc(), only);
            }
            foreach (var way in ways)
            {
                if (way.DocID == _doc)
                {
                    way.NextDoc();
                }
            }
            return Gather();
        }

        public override int Advance(int target)
        {
            if (_only is { } only)
            {
                return Take(only.Advance(target), only);
            }
            foreach (var way in ways)
            {
                if (way.DocID < target)
                {
                    way.Advance(target);
                }
            }
            return Gather();
        }

        private int Take(int doc, PhraseMatches only)
        {
            (_freq, LeadingFreq) = (only.Freq, only.LeadingFreq);
            return _doc = doc;
        }

        /// <summary>The first document any way is on, with the frequencies of the ways on it.</summary>
        private int Gather()
        {
            int doc = NO_MORE_DOCS;
            foreach (var way in ways)
            {
                doc = Math.Min(doc, way.DocID);
            }
            int freq = 0;
            int leading = 0;
            foreach (var way in ways)
            {
                if (way.DocID == doc)
                {
                    freq += way.Freq;
                    leading += way.LeadingFreq;
                }
            }
            (_freq, LeadingFreq) = (freq, leading);
            return _doc = doc;
        }
    }

    /// <summary>The documents where every one of a way's terms stands at its offset from one start, and how often.</summary>
    /// <param name="leading">How many positions each document's first value takes, when <see cref="LeadingFreq"/> is wanted.</param>
    internal sealed class PhraseMatches(PhrasePostings[] postings, int[]? leading)
    {
        private readonly DocsAndPositionsEnum[] _enums = postings.Select(p => p.Positions).ToArray();
        private readonly int[] _offsets = postings.Select(p => p.Offset).ToArray();
        private readonly bool[] _stepForward = postings.Select(p => p.DocFreq <= 5 * postings[0].DocFreq).ToArray();

        // Where the phrase could start, narrowed term by term; reused from document to document.
        private int[] _starts = new int[16];
        private int _doc = -1;

        public int DocID => _doc;

        public int Freq { get; private set; }

        /// <summary>How many of the matches start in the field's first value (0 unless <c>leading</c> was given).</summary>
        public int LeadingFreq { get; private set; }

        public long Cost => _enums[0].GetCost();

        public int NextDoc() => Match(_enums[0].NextDoc());

        public int Advance(int target) => Match(_enums[0].Advance(target));

        /// <summary>From a document of the rarest term on: the first document where every term is, at the phrase's positions.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Match(int doc)
        {
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                int other = AllTermsAt(doc);
                if (other == doc)
                {
                    Freq = PhraseFreq();
                    if (Freq > 0)
                    {
                        return _doc = doc;
                    }
                    doc = _enums[0].NextDoc();
                }
                else
                {
                    doc = other == DocIdSetIterator.NO_MORE_DOCS ? DocIdSetIterator.NO_MORE_DOCS : _enums[0].Advance(other);
                }
            }
            return _doc = DocIdSetIterator.NO_MORE_DOCS;
        }

        /// <summary><paramref name="doc"/> when every other term is in it, else the first document past it where the first missing one is.</summary>
        /// <remarks>
        /// The words' bigrams mostly occur together, so a term a few documents behind steps forward with NextDoc;
        /// Advance (a skip-list lookup) is kept for terms far more frequent than the rarest, as Lucene's scorer does.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int AllTermsAt(int doc)
        {
            for (int i = 1; i < _enums.Length; i++)
            {
                var postings = _enums[i];
                int at = postings.DocID;
                if (at < doc)
                {
                    if (_stepForward[i])
                    {
                        for (int steps = 0; at < doc; steps++)
                        {
                            at = steps < 50 ? postings.NextDoc() : postings.Advance(doc);
                        }
                    }
                    else
                    {
                        at = postings.Advance(doc);
                    }
                }
                if (at != doc)
                {
                    return at;
                }
            }
            return doc;
        }

        /// <summary>How many start positions have every term at its offset: the rarest term's starts, intersected with each other term's.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int PhraseFreq()
        {
            var first = _enums[0];
            int count = first.Freq;
            if (_enums.Length == 1)
            {
                // One term (a three-character word's trigram): its frequency; positions only as far as the first value goes.
                if (leading is not null)
                {
                    int end = leading[first.DocID];
                    int inFirst = 0;
                    while (inFirst < count && first.NextPosition() - _offsets[0] < end)
                    {
                        inFirst++;
                    }
                    LeadingFreq = inFirst;
                }
                return count;
            }
            if (_starts.Length < count)
            {
                _starts = new int[Math.Max(count, 2 * _starts.Length)];
            }
            var starts = _starts;
            int offset = _offsets[0];
            int kept = 0;
            for (int i = 0; i < count; i++)
            {
                int start = first.NextPosition() - offset;
                if (kept == 0 || start > starts[kept - 1])
                {
                    starts[kept++] = start;
                }
            }
            for (int t = 1; t < _enums.Length && kept > 0; t++)
            {
                var positions = _enums[t];
                offset = _offsets[t];
                int left = positions.Freq;
                int last = starts[kept - 1];
                int read = 0;
                int write = 0;
                while (left-- > 0 && read < kept)
                {
                    int start = positions.NextPosition() - offset;
                    if (start > last)
                    {
                        break;
                    }
                    while (read < kept && starts[read] < start)
                    {
                        read++;
                    }
                    if (read < kept && starts[read] == start)
                    {
                        starts[write++] = start;
                        read++;
                    }
                }
                kept = write;
            }
            LeadingFreq = 0;
            if (leading is not null && kept > 0)
            {
                // Starts are ascending, and a match cannot bridge the position gap into the next value.
                int end = leading[_enums[0].DocID];
                int inFirst = 0;
                while (inFirst < kept && starts[inFirst] < end)
                {
                    inFirst++;
                }
                LeadingFreq = inFirst;
            }
            return kept;
        }
    }
}
