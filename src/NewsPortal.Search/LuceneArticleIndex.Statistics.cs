using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Highlighting;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Querying;
using NewsPortal.Search.Ranking;
using NewsPortal.Search.Statistics;

namespace NewsPortal.Search;

/// <summary>Trends, feeds, co-occurrence and exports: aggregates over every match, from doc values, in one pass.</summary>
public sealed partial class LuceneArticleIndex : IArticleStatistics
{
    public long Generation
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return ((DirectoryReader)searcher.IndexReader).Version;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public ArticleStatistics Summarize(SearchRequest request, int entitiesPerKind = 0, int newest = 0)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = UserQueryParser.Parse(request.Query);
        var searcher = _searchers.Acquire();
        try
        {
            long generation = ((DirectoryReader)searcher.IndexReader).Version;
            using var query = _queries.Build(user, request, searcher.IndexReader);
            string? message = QueryNoteText.Join(query.Notes);
            if (query.MatchesNothing)
            {
                return new ArticleStatistics(0, [], FacetCounter.OfEntities().Result(0), [], generation, message);
            }

            var months = new MonthCounter();
            var entities = entitiesPerKind > 0 ? FacetCounter.OfEntities() : null;
            var latest = newest > 0 ? new HitCollector(HitOrder.NewestThenScore, Math.Min(newest, MaxPageSize), facets: null) : null;
            var total = new TotalHitCountCollector();
            searcher.Search(query.Query, MultiCollector.Wrap(total, months, entities, latest));

            var newestHits = new List<SearchHit>();
            if (latest is not null)
            {
                var docs = latest.Page(0, newest);
                var spans = MatchSpans.FromPostings(searcher.IndexReader, docs.Select(hit => hit.Doc).ToList(), ArticleFields.Text, query.Highlights);
                var bodies = new BodyReader();
                newestHits.AddRange(docs.Select((hit, i) => ToHit(searcher.IndexReader, hit, spans[i], bodies)));
            }
            return new ArticleStatistics(
                total.TotalHits,
                months.Result(),
                entities?.Result(entitiesPerKind) ?? FacetCounter.OfEntities().Result(0),
                newestHits,
                generation,
                message);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public IEnumerable<ArticleListing> List(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = UserQueryParser.Parse(request.Query);
        var searcher = _searchers.Acquire();
        try
        {
            using var query = _queries.Build(user, request, searcher.IndexReader);
            if (query.MatchesNothing)
            {
                yield break;
            }
            var collector = new ListingCollector();
            searcher.Search(query.Query, collector);
            var reader = searcher.IndexReader;
            foreach (var (doc, score, _) in collector.Ranked(query.IsScored ? HitOrder.ScoreThenNewest : HitOrder.NewestThenScore))
            {
                var card = IndexedArticle.Read(reader, doc);
                yield return new ArticleListing(card.Id, card.Title, card.Date, card.Source, float.IsNaN(score) ? 0f : score);
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}
