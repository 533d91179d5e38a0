using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Ranking;

namespace NewsPortal.Search.Querying;

/// <summary>
/// A query word of several terms: its phrase in the text or among the entity names, plus the title boost. Scores
/// exactly as <c>MUST(text phrase OR names phrase ×0.5) SHOULD(title phrase ×2)</c> did, but the title's matches are
/// the text phrase's matches at the text's first positions (the title is the text's first value,
/// <see cref="ArticleFields.TitlePositions"/>), scored with the title field's statistics and norms, instead of a
/// second phrase search in the title field.
/// </summary>
internal sealed class WordQuery : Query
{
    private readonly ExactPhraseQuery _text;
    private readonly NamesPhraseQuery _names;
    private readonly Term[] _titleTerms;

    /// <param name="trigrams">The word's ways in the trigrams field, when it is made of Han runs (<see cref="TrigramCover"/>).</param>
    /// <param name="buffers">Pooled arrays for the names clause's unions (<see cref="NamesPhraseQuery"/>).</param>
    public WordQuery(QueryPhrase phrase, IReadOnlyList<IReadOnlyList<(Term Term, int Position)>>? trigrams = null, UnionBuffers? buffers = null)
    {
        if (phrase.Terms.Count < 2)
        {
            throw new ArgumentException("a word of one term is a term query", nameof(phrase));
        }
        _text = ArticleQueryBuilder.InText(phrase, countsTitle: true, trigrams);
        _names = new NamesPhraseQuery(phrase, buffers) { Boost = ArticleFields.NamesBoost };
        _titleTerms = phrase.Terms.Select(t => new Term(ArticleFields.Title, t.Term)).ToArray();
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new WordWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        _text.ExtractTerms(terms);
        _names.ExtractTerms(terms);
        foreach (var term in _titleTerms)
        {
            terms.Add(term);
        }
    }

    public override string ToString(string field) => $"word({_text.ToString(field)} {_names.ToString(field)}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) => obj is WordQuery other && base.Equals(other) && _text.Equals(other._text);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _text);

    internal sealed class WordWeight : Weight
    {
        private readonly WordQuery _query;
        private readonly Similarity _similarity;
        private readonly Weight _text;
        private readonly NamesPhraseQuery.NamesWeight _names;
        private readonly Similarity.SimWeight _title;

        public WordWeight(WordQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _text = query._text.CreateWeight(searcher);
            _names = (NamesPhraseQuery.NamesWeight)query._names.CreateWeight(searcher);
            // The title phrase's statistics, as a phrase query on the title field takes them.
            var states = TermContexts.Build(searcher.TopReaderContext, ArticleFields.Title, query._titleTerms);
            var termStats = query._titleTerms.Select((term, i) => searcher.TermStatistics(term, states[i])).ToArray();
            _title = _similarity.ComputeWeight(ArticleFields.TitleBoost, searcher.CollectionStatistics(ArticleFields.Title), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() =>
            (_text.GetValueForNormalization() + _names.GetValueForNormalization() + _title.GetValueForNormalization()) * _query.Boost * _query.Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _query.Boost;
            _text.Normalize(norm, topLevelBoost);
            _names.Normalize(norm, topLevelBoost);
            _title.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var text = (ExactPhraseQuery.PhraseScorer?)_text.GetScorer(context, acceptDocs);
            var names = _names.GetScorer(context, acceptDocs);
            if (text is null && names is null)
            {
                return null;
            }
            return new WordScorer(this, text, names, _similarity.GetSimScorer(_title, context));
        }

        /// <summary>
        /// Collects the word's matches in a segment, scored to the bit as <see cref="WordScorer"/> scores them, in one loop
        /// of its own rather than Lucene's chain of scorers (bulk scorer, word, phrase, names union) around each match:
        /// the text phrase's matches in order, each with its count among the names looked up by document and cleared; then
        /// the documents only names hold. The collector takes matches in any order (<see cref="HitCollector"/>: ties
        /// go by document). With <paramref name="sideways"/>, a match is first checked against the request's facet
        /// filters, and only the hits are scored.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Collect(AtomicReaderContext context, HitCollector collector, SidewaysCollector? sideways = null)
        {
            var segment = context.AtomicReader;
            var live = segment.LiveDocs;
            var text = (ExactPhraseQuery.PhraseScorer?)_text.GetScorer(context, live);
            var tagged = _names.Tagged(context);
            var names = _names.DocScorer(context);
            var title = _similarity.GetSimScorer(_title, context);
            int[]? counts = tagged.Count == 0 ? null : ZeroedCounts.Rent(segment.MaxDoc);
            if (counts is not null)
            {
                foreach (var (name, count) in tagged)
                {
                    foreach (int doc in name.Docs)
                    {
                        if (live is null || live.Get(doc))
                        {
                            counts[doc] += count;
                        }
                    }
                }
            }
            if (text is not null)
            {
                int doc;
                while ((doc = text.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    int inNames = 0;
                    if (counts is not null)
                    {
                        (inNames, counts[doc]) = (counts[doc], 0);
                    }
                    if (sideways is not null && !sideways.Sorts(doc))
                    {
                        continue;
                    }
                    double sum = text.GetScore();
                    if (inNames != 0)
                    {
                        sum += names.Score(doc, inNames);
                    }
                    collector.Collect(doc, WordScorer.Combined(sum, doc, text.LeadingFreq, title));
                }
            }
            if (counts is not null)
            {
                foreach (var (name, _) in tagged)
                {
                    foreach (int doc in name.Docs)
                    {
                        if (counts[doc] is int inNames and not 0)
                        {
                            counts[doc] = 0;
                            if (sideways is null || sideways.Sorts(doc))
                            {
                                collector.Collect(doc, names.Score(doc, inNames));
                            }
                        }
                    }
                }
                ZeroedCounts.Return(counts);
            }
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = (WordScorer?)GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new ComplexExplanation(false, 0f, "no matching phrase");
            }
            var result = new ComplexExplanation(true, scorer.GetScore(), $"sum of text or names, and title, of {_query}:");
            result.AddDetail(_text.Explain(context, doc));
            result.AddDetail(_names.Explain(context, doc));
            if (scorer.TitleFreq > 0)
            {
                result.AddDetail(scorer.TitleScorer.Explain(doc, new Explanation(scorer.TitleFreq, "title phraseFreq=" + scorer.TitleFreq)));
            }
            return result;
        }
    }

    /// <summary>The union of the text and names matches; the title's score is added where the text phrase starts in the title.</summary>
    internal sealed class WordScorer(Weight weight, ExactPhraseQuery.PhraseScorer? text, Scorer? names, Similarity.SimScorer title) : Scorer(weight)
    {
        private int _doc = -1;

        public Similarity.SimScorer TitleScorer => title;

        public int TitleFreq => text is not null && text.DocID == _doc ? text.LeadingFreq : 0;

        public override int DocID => _doc;

        public override int Freq => (text?.DocID == _doc ? 1 : 0) + (names?.DocID == _doc ? 1 : 0);

        public override long GetCost() => (text?.GetCost() ?? 0) + (names?.GetCost() ?? 0);

        public override int NextDoc()
        {
            if (text is not null && text.DocID == _doc)
            {
                text.NextDoc();
            }
            if (names is not null && names.DocID == _doc)
            {
                names.NextDoc();
            }
            return _doc = Math.Min(text?.DocID ?? NO_MORE_DOCS, names?.DocID ?? NO_MORE_DOCS);
        }

        public override int Advance(int target)
        {
            if (text is not null && text.DocID < target)
            {
                text.Advance(target);
            }
            if (names is not null && names.DocID < target)
            {
                names.Advance(target);
            }
            return _doc = Math.Min(text?.DocID ?? NO_MORE_DOCS, names?.DocID ?? NO_MORE_DOCS);
        }

        /// <summary>In Lucene's order and precision: the disjunction's sum in double, then the optional title clause in float.</summary>
        public override float GetScore()
        {
            double sum = 0;
            bool inText = text is not null && text.DocID == _doc;
            if (inText)
            {
                sum += text!.GetScore();
            }
            if (names is not null && names.DocID == _doc)
            {
                sum += names.GetScore();
            }
            return Combined(sum, _doc, inText ? text!.LeadingFreq : 0, title);
        }

        /// <summary>
        /// The word's score from its disjunction's sum (text and names, in double) and its count in the title: the sum in
        /// float, then the title clause added in float, as Lucene's Boolean scorer adds an optional clause. The scorer and
        /// the word's own loop (<see cref="WordWeight.Collect"/>) both score this way.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static float Combined(double sum, int doc, int inTitle, Similarity.SimScorer title)
        {
            float score = (float)sum;
            return inTitle > 0 ? score + title.Score(doc, inTitle) : score;
        }
    }
}
