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

    public NamesPhraseQuery(QueryPhrase phrase)
    {
        if (phrase.Terms.Count < 2 || phrase.Terms.Min(t => t.Position) != 0)
        {
            throw new ArgumentException("a phrase is two or more terms, one at position 0", nameof(phrase));
        }
        _phrase = phrase.Terms;
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

    private sealed class NamesWeight : Weight
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

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var segment = context.AtomicReader;
            var tagged = new List<(DocsEnum Docs, int Count)>();
            foreach (var group in SegmentNames.For(segment).Matching(_query._phrase).GroupBy(m => m.Name.Field))
            {
                var termsEnum = segment.GetTerms(group.Key)!.GetEnumerator();
                foreach (var (name, count) in group)
                {
                    if (termsEnum.SeekExact(name.Value))
                    {
                        tagged.Add((termsEnum.Docs(acceptDocs, null, DocsFlags.NONE), count));
                    }
                }
            }
            return tagged.Count == 0 ? null : new NamesScorer(this, tagged, _similarity.GetSimScorer(_stats, context));
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

    /// <summary>The union of the tagged articles' lists, in document order; an article's frequency is the sum over its names.</summary>
    private sealed class NamesScorer : Scorer
    {
        private readonly DocsEnum[] _docs;
        private readonly int[] _counts;
        private readonly PriorityQueue<int, int> _next = new();
        private readonly Similarity.SimScorer _docScorer;
        private int _doc = -1;
        private int _freq;

        public NamesScorer(Weight weight, List<(DocsEnum Docs, int Count)> tagged, Similarity.SimScorer docScorer)
            : base(weight)
        {
            _docs = tagged.Select(t => t.Docs).ToArray();
            _counts = tagged.Select(t => t.Count).ToArray();
            _docScorer = docScorer;
            for (int i = 0; i < _docs.Length; i++)
            {
                Push(i, _docs[i].NextDoc());
            }
        }

        public Similarity.SimScorer DocScorer => _docScorer;

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => _docScorer.Score(_doc, _freq);

        public override long GetCost() => _docs.Sum(d => d.GetCost());

        public override int NextDoc() => Gather();

        public override int Advance(int target)
        {
            while (_next.TryPeek(out int i, out int doc) && doc < target)
            {
                _next.Dequeue();
                Push(i, _docs[i].Advance(target));
            }
            return Gather();
        }

        /// <summary>Moves to the lowest document any list is on and sums the counts of every list there.</summary>
        private int Gather()
        {
            if (!_next.TryPeek(out _, out int doc))
            {
                return _doc = NO_MORE_DOCS;
            }
            _doc = doc;
            _freq = 0;
            while (_next.TryPeek(out int i, out int at) && at == doc)
            {
                _next.Dequeue();
                _freq += _counts[i];
                Push(i, _docs[i].NextDoc());
            }
            return _doc;
        }

        private void Push(int i, int doc)
        {
            if (doc != NO_MORE_DOCS)
            {
                _next.Enqueue(i, doc);
            }
        }
    }
}
