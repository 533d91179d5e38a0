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
    /// <summary>
    /// The union of the names' postings, each document's frequency the sum of its names' counts. The lists sit in a
    /// binary heap on their current document whose top is moved in place (one sift per posting): a broad word such as
    /// 新能源 is in many names, and a dequeue and an enqueue per posting had been a quarter of its search.
    /// </summary>
    private sealed class NamesScorer : Scorer
    {
        private readonly DocsEnum[] _docs;
        private readonly int[] _counts;
        private readonly int[] _heapDoc;
        private readonly int[] _heapList;
        private readonly Similarity.SimScorer _docScorer;
        private int _size;
        private int _doc = -1;
        private int _freq;

        public NamesScorer(Weight weight, List<(DocsEnum Docs, int Count)> tagged, Similarity.SimScorer docScorer)
            : base(weight)
        {
            _docs = tagged.Select(t => t.Docs).ToArray();
            _counts = tagged.Select(t => t.Count).ToArray();
            _heapDoc = new int[_docs.Length];
            _heapList = new int[_docs.Length];
            _docScorer = docScorer;
            for (int i = 0; i < _docs.Length; i++)
            {
                int doc = _docs[i].NextDoc();
                if (doc != NO_MORE_DOCS)
                {
                    _heapDoc[_size] = doc;
                    _heapList[_size] = i;
                    _size++;
                }
            }
            for (int i = _size / 2 - 1; i >= 0; i--)
            {
                SiftDown(i);
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
            while (_size > 0 && _heapDoc[0] < target)
            {
                ReplaceTop(_docs[_heapList[0]].Advance(target));
            }
            return Gather();
        }

        /// <summary>Moves to the lowest document any list is on and sums the counts of every list there.</summary>
        private int Gather()
        {
            if (_size == 0)
            {
                return _doc = NO_MORE_DOCS;
            }
            int doc = _heapDoc[0];
            _doc = doc;
            _freq = 0;
            while (_size > 0 && _heapDoc[0] == doc)
            {
                int list = _heapList[0];
                _freq += _counts[list];
                ReplaceTop(_docs[list].NextDoc());
            }
            return _doc;
        }

        /// <summary>The top list moved to <paramref name="doc"/>: sift it down, or drop it when it is exhausted.</summary>
        private void ReplaceTop(int doc)
        {
            if (doc == NO_MORE_DOCS)
            {
                _size--;
                _heapDoc[0] = _heapDoc[_size];
                _heapList[0] = _heapList[_size];
            }
            else
            {
                _heapDoc[0] = doc;
            }
            SiftDown(0);
        }

        private void SiftDown(int i)
        {
            int doc = _heapDoc[i], list = _heapList[i];
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= _size)
                {
                    break;
                }
                if (child + 1 < _size && _heapDoc[child + 1] < _heapDoc[child])
                {
                    child++;
                }
                if (_heapDoc[child] >= doc)
                {
                    break;
                }
                _heapDoc[i] = _heapDoc[child];
                _heapList[i] = _heapList[child];
                i = child;
            }
            _heapDoc[i] = doc;
            _heapList[i] = list;
        }
    }
}
