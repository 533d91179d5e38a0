using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Ranking;

namespace NewsPortal.Search.Facets;

/// <summary>
/// Drill sideways in one pass: the query runs without the request's facet filters, and each match is checked
/// against them here. A match passing them all is a hit (ranked and counted in every facet); a match failing
/// exactly one filter is counted in that filter's facet only, so a filtered facet shows its counts as if its
/// own filter were off and the others on, without a second search.
/// </summary>
internal sealed class SidewaysCollector : ICollector
{
    private readonly HitCollector _hits;
    private readonly FacetFilter[] _filters;
    private readonly FixedBitSet?[] _passes;

    /// <param name="hits">Receives the matches passing every filter; it counts their facets.</param>
    /// <param name="filters">Facet name → accepted values (alternatives), every facet one of <see cref="ArticleFields.Facets"/>.</param>
    public SidewaysCollector(HitCollector hits, IReadOnlyList<(string Facet, IReadOnlyList<string> Values)> filters)
    {
        _hits = hits;
        _filters = filters.Select(f => new FacetFilter(f.Facet, f.Values)).ToArray();
        _passes = new FixedBitSet?[_filters.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The counts of <paramref name="facet"/> over the matches passing every filter but its own.</summary>
    public IReadOnlyList<FacetValue> Sideways(string facet, int maxPerFacet) =>
        _filters.First(f => f.Facet == facet).Counter.Result(maxPerFacet)[facet];

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _hits.SetNextReader(context);
        for (int i = 0; i < _filters.Length; i++)
        {
            _passes[i] = _filters[i].Accepted(context.AtomicReader);
            _filters[i].Counter.SetNextReader(context);
        }
    }

    public void Collect(int doc)
    {
        if (Sorts(doc))
        {
            _hits.Collect(doc);
        }
    }

    /// <summary>
    /// Counts a match that fails one filter in that filter's facet; for a match passing every filter, counts it in
    /// each filter's facet and returns true: the caller hands it on as a hit (<see cref="HitCollector"/>).
    /// </summary>
    public bool Sorts(int doc)
    {
        int failed = -1;
        for (int i = 0; i < _passes.Length; i++)
        {
            if (_passes[i] is not { } passes || !passes.Get(doc))
            {
                if (failed >= 0)
                {
                    return false; // fails two filters: in no count
                }
                failed = i;
            }
        }
        if (failed >= 0)
        {
            _filters[failed].Counter.Collect(doc);
            return false;
        }
        foreach (var filter in _filters)
        {
            filter.Counter.Collect(doc);
        }
        return true;
    }

    /// <summary>One facet's filter: the documents holding any of its values, and the facet's sideways counts.</summary>
    private sealed class FacetFilter(string facet, IReadOnlyList<string> values)
    {
        private readonly Term[] _terms = values.Select(v => new Term(facet, v.Trim())).Distinct().ToArray();

        public string Facet { get; } = facet;

        public FacetCounter Counter { get; } = FacetCounter.OfFacet(facet);

        /// <summary>The segment's documents holding one of the values; null when none does.</summary>
        public FixedBitSet? Accepted(AtomicReader segment)
        {
            FixedBitSet? accepted = null;
            foreach (var term in _terms)
            {
                var docs = segment.GetTermDocsEnum(term);
                if (docs is null)
                {
                    continue;
                }
                accepted ??= new FixedBitSet(segment.MaxDoc);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    accepted.Set(doc);
                }
            }
            return accepted;
        }
    }
}
