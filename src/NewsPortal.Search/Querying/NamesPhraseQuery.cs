using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Querying;

/// <summary>
/// A phrase in <see cref="ArticleFields.Names"/>, matched and scored as <see cref="ExactPhraseQuery"/> would, but found
/// through the segment's distinct names (<see cref="SegmentNames"/>): the names holding the phrase, how often each, and
/// the articles tagged with them. Articles share a few thousand names, so this reads no positions at all.
/// </summary>
/// <remarks>
/// Exact because the names field is nothing but those keyword values, one value each, analyzed alike, and a
/// phrase cannot bridge the position gap between two values: its frequency in an article is the sum of its
/// occurrences in the article's names.
/// </remarks>
internal sealed class NamesPhraseQuery : Query
{
    private readonly IReadOnlyList<PhraseTerm> _phrase;
    private readonly UnionBuffers? _buffers;

    /// <param name="buffers">Where the unions of several names are added up, pooled for the search; without, they are allocated.</param>
    public NamesPhraseQuery(QueryPhrase phrase, UnionBuffers? buffers = null)
    {
        if (phrase.Terms.Count < 2 || phrase.Terms.Min(t => t.Position) != 0)
        {
            throw new ArgumentException("a phrase is two or more terms, one at position 0", nameof(phrase));
        }
        _phrase = phrase.Terms;
        _buffers = buffers;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new NamesWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _phrase)
        {
            terms.Add(new Term(ArticleFields.Names, term.Term));
        }
    }

    public override string ToString(string field) =>
        $"{(field == ArticleFields.Names ? "" : ArticleFields.Names + ":")}names\"{string.Join(' ', _phrase.Select(t => $"{t.Term}@{t.Position}"))}\"{ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) => obj is NamesPhraseQuery other && base.Equals(other) && _phrase.SequenceEqual(other._phrase);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _phrase.Count, _phrase[0]);

    internal sealed class NamesWeight : Weight
    {
        private readonly NamesPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public NamesWeight(NamesPhraseQuery query, IndexSearcher searcher)
        {
            // The statistics of the phrase's terms in the names field, as PhraseQuery's weight takes them.
            _query = query;
            _similarity = searcher.Similarity;
            var context = searcher.TopReaderContext;
            var terms = query._phrase.Select(t => new Term(ArticleFields.Names, t.Term)).ToList();
            var states = TermContexts.Build(context, ArticleFields.Names, terms);
            var termStats = terms.Select((term, i) => searcher.TermStatistics(term, states[i])).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(ArticleFields.Names), termStats);
        }

        public override Query Query => _query;

        /// <summary>The segment's names holding the phrase, with how often each: what <see cref="GetScorer"/> unions.</summary>
        internal List<(SegmentNames.Name Name, int Count)> Tagged(AtomicReaderContext context) =>
            SegmentNames.For(context.AtomicReader).Matching(_query._phrase);

        /// <summary>Scores a document by its frequency among the names, as the scorer does.</summary>
        internal Similarity.SimScorer DocScorer(AtomicReaderContext context) => _similarity.GetSimScorer(_stats, context);

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var tagged = Tagged(context);
            return tagged.Count == 0 ? null : new NamesScorer(this, context.AtomicReader.MaxDoc, tagged, acceptDocs, _query._buffers, DocScorer(context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = (NamesScorer?)GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new ComplexExplanation(false, 0f, "no matching phrase among the names");
            }
            var explanation = scorer.DocScorer.Explain(doc, new Explanation(scorer.Freq, "phraseFreq=" + scorer.Freq));
            var result = new ComplexExplanation(true, explanation.Value, $"weight({_query} in {doc}), result of:");
            result.AddDetail(explanation);
            return result;
        }
    }

    /// <summary>
    /// The union of the names' article lists (<see cref="SegmentNames.Name.Docs"/>), each article's frequency the sum of
    /// its names' counts. Several names are added up into one array by document first (a broad word such as 新能源 is in
    /// four names with 45,000 articles between them, where merging their postings had been a sixth of its search), pooled
    /// for the search (<see cref="UnionBuffers"/>).
    /// </summary>
    private sealed class NamesScorer : Scorer
    {
        private readonly Similarity.SimScorer _docScorer;
        private readonly int _maxDoc;
        private readonly long _cost;

        /// <summary>One name: its articles (live or not), each at <see cref="_count"/>.</summary>
        private readonly int[]? _docs;
        private readonly int _count;
        private readonly IBits? _live;
        private int _next;

        /// <summary>Several names: the frequency of every document of the segment, 0 outside the union.</summary>
        private readonly int[]? _freqs;

        private int _doc = -1;
        private int _freq;

        public NamesScorer(Weight weight, int maxDoc, List<(SegmentNames.Name Name, int Count)> tagged, IBits? acceptDocs, UnionBuffers? buffers, Similarity.SimScorer docScorer)
            : base(weight)
        {
            _docScorer = docScorer;
            _maxDoc = maxDoc;
            _cost = tagged.Sum(t => (long)t.Name.Docs.Length);
            if (tagged.Count == 1)
            {
                (_docs, _count, _live) = (tagged[0].Name.Docs, tagged[0].Count, acceptDocs);
                return;
            }
            var freqs = buffers?.Rent(maxDoc) ?? new int[maxDoc];
            foreach (var (name, count) in tagged)
            {
                foreach (int doc in name.Docs)
                {
                    if (acceptDocs is null || acceptDocs.Get(doc))
                    {
                        freqs[doc] += count;
                    }
                }
            }
            _freqs = freqs;
        }

        public Similarity.SimScorer DocScorer => _docScorer;

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => _docScorer.Score(_doc, _freq);

        public override long GetCost() => _cost;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS)
            {
                return NO_MORE_DOCS;
            }
            return _docs is not null ? AdvanceInName(target) : AdvanceInUnion(target);
        }

        private int AdvanceInName(int target)
        {
            var docs = _docs!;
            while (_next < docs.Length && (docs[_next] < target || (_live is not null && !_live.Get(docs[_next]))))
            {
                _next++;
            }
            if (_next == docs.Length)
            {
                return _doc = NO_MORE_DOCS;
            }
            _freq = _count;
            return _doc = docs[_next++];
        }

        private int AdvanceInUnion(int target)
        {
            var freqs = _freqs!;
            int found = target < _maxDoc ? freqs.AsSpan(target, _maxDoc - target).IndexOfAnyExcept(0) : -1;
            if (found < 0)
            {
                return _doc = NO_MORE_DOCS;
            }
            _doc = target + found;
            _freq = freqs[_doc];
            return _doc;
        }
    }
}
