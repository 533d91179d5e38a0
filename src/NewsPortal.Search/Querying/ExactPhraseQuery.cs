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
    private readonly Term[] _matchTerms;
    private readonly int[] _matchPositions;

    /// <param name="terms">Terms of one field with their positions in the phrase; one of them at position 0.</param>
    /// <param name="countsTitle">
    /// Also count the matches within the title, the field's first value (<see cref="PhraseScorer.LeadingFreq"/>; its
    /// length is <see cref="Indexing.SegmentTitleLengths"/>): for <see cref="Indexing.ArticleFields.Text"/>, which the title opens.
    /// </param>
    /// <param name="matchedBy">
    /// Terms of another field, at the same positions, that match exactly where <paramref name="terms"/> do (the word's
    /// trigrams, <see cref="TrigramCover"/>): the phrase is then found through them, and scored with the statistics
    /// and norms of <paramref name="terms"/>, as if found there.
    /// </param>
    public ExactPhraseQuery(IReadOnlyList<(Term Term, int Position)> terms, bool countsTitle = false, IReadOnlyList<(Term Term, int Position)>? matchedBy = null)
    {
        if (terms.Count < 2 || terms.Any(t => t.Term.Field != terms[0].Term.Field) || terms.Min(t => t.Position) != 0)
        {
            throw new ArgumentException("a phrase is two or more terms of one field, the first at position 0", nameof(terms));
        }
        if (matchedBy is not null && (matchedBy.Count < 1 || matchedBy.Any(t => t.Term.Field != matchedBy[0].Term.Field) || matchedBy.Min(t => t.Position) != 0))
        {
            throw new ArgumentException("the matching terms are of one field, the first at position 0", nameof(matchedBy));
        }
        _field = terms[0].Term.Field;
        _terms = terms.Select(t => t.Term).ToArray();
        _positions = terms.Select(t => t.Position).ToArray();
        _countsTitle = countsTitle;
        var matching = matchedBy ?? terms;
        _matchField = matching[0].Term.Field;
        _matchTerms = matching.Select(t => t.Term).ToArray();
        _matchPositions = matching.Select(t => t.Position).ToArray();
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
        && _countsTitle == other._countsTitle && _matchTerms.SequenceEqual(other._matchTerms) && _matchPositions.SequenceEqual(other._matchPositions);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _terms.Length, _terms[0], _positions[^1]);

    internal sealed class PhraseWeight : Weight
    {
        private readonly ExactPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext[] _matchStates;

        public PhraseWeight(ExactPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var context = searcher.TopReaderContext;
            var states = TermContexts.Build(context, query._field, query._terms);
            var termStats = query._terms.Select((term, i) => searcher.TermStatistics(term, states[i])).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query._field), termStats);
            _matchStates = ReferenceEquals(query._matchTerms, query._terms) || query._matchTerms.SequenceEqual(query._terms)
                ? states
                : TermContexts.Build(context, query._matchField, query._matchTerms);
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
            var postings = new PhrasePostings[_query._matchTerms.Length];
            for (int i = 0; i < postings.Length; i++)
            {
                var state = _matchStates[i].Get(context.Ord);
                if (state is null)
                {
                    return null; // a term missing from the segment: no document of it has the phrase
                }
                termsEnum.SeekExact(_query._matchTerms[i].Bytes, state);
                var positions = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field {_query._matchField} was indexed without positions");
                postings[i] = new PhrasePostings(positions, _query._matchPositions[i], termsEnum.DocFreq);
            }
            // Rarest first: it leads the conjunction.
            Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            var leading = _query._countsTitle ? Indexing.SegmentTitleLengths.For(context.AtomicReader) : null;
            return new PhraseScorer(this, postings, _similarity.GetSimScorer(_stats, context), leading);
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

    /// <param name="leading">How many positions each document's first value takes, when <see cref="LeadingFreq"/> is wanted.</param>
    internal sealed class PhraseScorer(Weight weight, PhrasePostings[] postings, Similarity.SimScorer docScorer, int[]? leading) : Scorer(weight)
    {
        private readonly DocsAndPositionsEnum[] _enums = postings.Select(p => p.Positions).ToArray();
        private readonly int[] _offsets = postings.Select(p => p.Offset).ToArray();
        private readonly bool[] _stepForward = postings.Select(p => p.DocFreq <= 5 * postings[0].DocFreq).ToArray();

        // Where the phrase could start, narrowed term by term; reused from document to document.
        private int[] _starts = new int[16];
        private int _doc = -1;
        private int _freq;

        public Similarity.SimScorer DocScorer => docScorer;

        public override int DocID => _doc;

        public override int Freq => _freq;

        /// <summary>How many of the matches start in the field's first value (0 unless the query names its length's doc values).</summary>
        public int LeadingFreq { get; private set; }

        public override float GetScore() => docScorer.Score(_doc, _freq);

        public override long GetCost() => _enums[0].GetCost();

        public override int NextDoc() => Match(_enums[0].NextDoc());

        public override int Advance(int target) => Match(_enums[0].Advance(target));

        /// <summary>From a document of the rarest term on: the first document where every term is, at the phrase's positions.</summary>
        private int Match(int doc)
        {
            while (doc != NO_MORE_DOCS)
            {
                int other = AllTermsAt(doc);
                if (other == doc)
                {
                    _freq = PhraseFreq();
                    if (_freq > 0)
                    {
                        return _doc = doc;
                    }
                    doc = _enums[0].NextDoc();
                }
                else
                {
                    doc = other == NO_MORE_DOCS ? NO_MORE_DOCS : _enums[0].Advance(other);
                }
            }
            return _doc = NO_MORE_DOCS;
        }

        /// <summary><paramref name="doc"/> when every other term is in it, else the first document past it where the first missing one is.</summary>
        /// <remarks>
        /// The words' bigrams mostly occur together, so a term a few documents behind steps forward with NextDoc;
        /// Advance (a skip-list lookup) is kept for terms far more frequent than the rarest, as Lucene's scorer does.
        /// </remarks>
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
