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
            if (newest == 0 && query.Notes.Count == 0 && OneEntity(request) is var (field, name))
            {
                // An entity's own articles: its counts are kept per segment, summed here instead of collected.
                int named = 0;
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    var topics = SegmentTopics.For(leaf.AtomicReader);
                    int slot = topics.SlotOf(field, name);
                    if (slot < 0)
                    {
                        continue;
                    }
                    named += topics.Total(slot);
                    var (monthSlots, monthCounts) = topics.Months(slot);
                    for (int i = 0; i < monthSlots.Length; i++)
                    {
                        months.Add(monthSlots.Span[i], monthCounts.Span[i]);
                    }
                    var (alongside, alongsideCounts) = topics.Alongside(slot);
                    entities?.Add(leaf.AtomicReader, alongside.Span, alongsideCounts.Span);
                }
                return new ArticleStatistics(named, months.Result(), entities?.Result(entitiesPerKind) ?? FacetCounter.OfEntities().Result(0), [], generation, message);
            }
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

    /// <summary>
    /// The one entity a request asks for, when it asks for nothing else: no words, no dates, one value of one entity
    /// field (<see cref="ArticleFields.Entities"/>, matched as the query builder matches a filter: exact, trimmed).
    /// </summary>
    /// <returns>The field's index in <see cref="ArticleFields.Entities"/> and the value; null otherwise.</returns>
    private static (int Field, string Name)? OneEntity(SearchRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Query) || request.From is not null || request.To is not null || request.Filters is null)
        {
            return null;
        }
        (int Field, string Name)? found = null;
        foreach (var (key, values) in request.Filters)
        {
            var wanted = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (wanted.Count == 0)
            {
                continue;
            }
            int field = ArticleFields.Entities.ToList().FindIndex(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
            if (found is not null || wanted.Count != 1 || field < 0)
            {
                return null;
            }
            found = (field, wanted[0].Trim());
        }
        return found;
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
