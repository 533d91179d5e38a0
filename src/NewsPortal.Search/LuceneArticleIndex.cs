using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Highlighting;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Querying;
using NewsPortal.Search.Ranking;
using NewsPortal.Search.Statistics;
using NewsPortal.Search.Suggestions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsPortal.Search;

/// <summary>
/// The article index on Lucene.Net: one writer, near-real-time searchers from a <see cref="SearcherManager"/>,
/// BM25 with a title boost, facets from doc values, highlighting from offsets stored in the postings.
/// </summary>
public sealed partial class LuceneArticleIndex : IArticleIndex, IDisposable
{
    public const int MaxPageSize = 100;

    /// <summary>Deepest hit a page may reach; deeper paging is refused rather than made slow.</summary>
    public const int MaxDepth = 10_000;

    public const int MaxFacetValues = 50;

    private static readonly Sort ScoreThenNewest = new(SortField.FIELD_SCORE, new SortField(ArticleFields.DateSort, SortFieldType.INT32, true));
    private static readonly Sort Newest = new(new SortField(ArticleFields.DateSort, SortFieldType.INT32, true), SortField.FIELD_SCORE);

    private readonly LuceneDirectory _directory;
    private readonly ChineseAnalyzer _analyzer = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ArticleQueryBuilder _queries;
    private readonly IDisposable? _processLock;
    private SearchResultCache? _results;
    private bool _disposed;

    private LuceneArticleIndex(LuceneDirectory directory, IndexOpenStatus status, string? problem, IDisposable? processLock)
    {
        _directory = directory;
        _processLock = processLock;
        OpenStatus = status;
        OpenProblem = problem;
        _queries = new ArticleQueryBuilder(_analyzer);

        var config = new IndexWriterConfig(ChineseAnalyzer.Version, _analyzer)
        {
            OpenMode = status == IndexOpenStatus.Opened ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 48,
            // No compound files: each flush wrote its segment's files, then copied and checksummed them all again into
            // one .cfs (about 1.5 % of the CLI's CPU while ingesting, and as many bytes written twice). Merged segments
            // above a tenth of the index were already written without one, as the merged index the portal reads is.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        _writer = new IndexWriter(directory, config);
        _writer.SetCommitData(new Dictionary<string, string> { [IndexInspection.SchemaKey] = ArticleFields.SchemaVersion });
        if (status != IndexOpenStatus.Opened)
        {
            _writer.Commit();
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>How the index was found when opened.</summary>
    public IndexOpenStatus OpenStatus { get; }

    /// <summary>Why the index on disk was unusable (damage or another schema), for the log; null when it opened cleanly or was missing.</summary>
    public string? OpenProblem { get; }

    /// <summary>True when the index is new or was wiped: the caller should reindex from the database.</summary>
    public bool NeedsRebuild => OpenStatus != IndexOpenStatus.Opened;

    /// <summary>
    /// Opens (or creates) the index in a folder. A missing index is created empty; an unreadable one is
    /// wiped and recreated. Check <see cref="NeedsRebuild"/> and <see cref="OpenProblem"/> afterwards.
    /// </summary>
    /// <exception cref="LockObtainFailedException">Another process (a running portal, say) has the folder open.</exception>
    public static LuceneArticleIndex Open(string path, IndexCheck check = IndexCheck.Checksums)
    {
        System.IO.Directory.CreateDirectory(path);
        var processLock = LockFolder(path);
        try
        {
            return Open(IndexFolder.At(path), check, processLock);
        }
        catch
        {
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>An empty index in memory, for tests and tools.</summary>
    public static LuceneArticleIndex InMemory() => Open(new RAMDirectory());

    /// <summary>Opens an index on any Lucene directory; the index owns it and disposes it.</summary>
    public static LuceneArticleIndex Open(LuceneDirectory directory, IndexCheck check = IndexCheck.Checksums) =>
        Open(directory, check, processLock: null);

    private static LuceneArticleIndex Open(LuceneDirectory directory, IndexCheck check, IDisposable? processLock)
    {
        var (status, problem) = IndexInspection.Inspect(directory, check);
        if (status is IndexOpenStatus.RecreatedAfterCorruption or IndexOpenStatus.RecreatedForNewSchema)
        {
            IndexInspection.Wipe(directory);
        }
        return new LuceneArticleIndex(directory, status, problem, processLock);
    }

    /// <summary>
    /// Lucene's write.lock does not keep a second process out here, so the folder gets an OS-level exclusive
    /// lock of its own (FileShare.None is an flock on Unix) held for the life of the index.
    /// </summary>
    private static FileStream LockFolder(string path)
    {
        var file = System.IO.Path.Combine(path, ProcessLockFile);
        // A previous owner that is shutting down (a restart) gets a moment to let go.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(3);
        while (true)
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new LockObtainFailedException($"The search index in {path} is open in another process ({e.Message}).", e);
                }
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Name of the file that marks the index folder as taken by a process.</summary>
    public const string ProcessLockFile = "newsportal.lock";

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public void Upsert(IEnumerable<ArticleDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var article in documents)
        {
            if (article is not null)
            {
                _writer.UpdateDocument(ArticleDocumentMapper.IdKey(article.Id), ArticleDocumentMapper.ToLucene(article));
            }
        }
    }

    public void Delete(IEnumerable<long> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var keys = articleIds.Select(ArticleDocumentMapper.IdKey).ToArray();
        if (keys.Length > 0)
        {
            _writer.DeleteDocuments(keys);
        }
    }

    public void Clear() => _writer.DeleteAll();

    public void Refresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Commit() => _writer.Commit();

    /// <summary>
    /// Merges the index down to at most <paramref name="maxSegments"/> segments, commits and reopens the searchers.
    /// Every query looks its terms up once per segment, so fewer segments answer faster. Rewrites what it merges
    /// (to one: the whole index, about 10 s at 100,000 articles), so it runs after a rebuild and when ingestion
    /// has gone quiet (<c>SearchIndexUpkeep</c>), not per ingested file.
    /// </summary>
    public void MergeSegments(int maxSegments = 1)
    {
        _writer.ForceMerge(Math.Max(1, maxSegments));
        Refresh();
    }

    /// <summary>Segments the searchers currently read.</summary>
    public int SegmentCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.Leaves.Count;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var user = UserQueryParser.Parse(request.Query);
        int pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        int page = Math.Clamp(request.Page, 1, MaxDepth / pageSize);

        var searcher = _searchers.Acquire();
        try
        {
            if (_results is not { } cache)
            {
                return Search(searcher, user, request, page, pageSize, clock);
            }
            long version = ((DirectoryReader)searcher.IndexReader).Version;
            string key = SearchResultCache.KeyOf(request, page, pageSize);
            if (cache.Find(version, key) is { } kept)
            {
                return kept with { Elapsed = clock.Elapsed };
            }
            var result = Search(searcher, user, request, page, pageSize, clock);
            cache.Keep(version, key, result);
            return result;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// How many whole search results (<see cref="Search(SearchRequest)"/>) of the current searchers are kept, until
    /// they reopen on new content; 0 (the default) keeps none, so benchmarks and tools time the search itself.
    /// </summary>
    public int ResultCacheCapacity
    {
        get => _results?.Capacity ?? 0;
        set => _results = value > 0 ? new SearchResultCache(value) : null;
    }

    /// <summary>
    /// Whether a query of one word of several terms is collected in the word's own loop (the default) rather than through
    /// Lucene's scorers; the same hits, scores and counts either way. Tests compare the two.
    /// </summary>
    internal bool CollectsWordsDirectly { get; set; } = true;

    /// <summary>The word whose own loop collects the query's matches, if any (one word alone; the request's facet filters are checked per match).</summary>
    private WordQuery? InWordLoop(ArticleQuery query) => CollectsWordsDirectly ? query.OnlyWord : null;

    /// <summary>Whether <see cref="Search(SearchRequest)"/> collects the request's matches in a word's own loop (for tests).</summary>
    internal bool CollectsInWordLoop(SearchRequest request)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var sideways = SidewaysFilters(request);
            using var query = _queries.Build(UserQueryParser.Parse(request.Query), request, searcher.IndexReader, sideways.Select(s => s.Facet).ToList());
            return !query.MatchesNothing && InWordLoop(query) is not null;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private SearchResult Search(IndexSearcher searcher, UserQuery user, SearchRequest request, int page, int pageSize, Stopwatch clock)
    {
        // The request's facet filters are checked per match (SidewaysCollector), not in the query, so a filtered
        // facet is counted as if its own filter were off in the same pass: the page can offer its other values.
        var sideways = SidewaysFilters(request);
        using var query = _queries.Build(user, request, searcher.IndexReader, checkedPerHit: sideways.Select(s => s.Facet).ToList());
        string? message = QueryNoteText.Join(query.Notes);
        var facets = FacetCounter.OfFacets();
        if (query.MatchesNothing)
        {
            return new SearchResult(0, [], facets.Result(MaxFacetValues), message, clock.Elapsed);
        }

        var collector = new HitCollector(query.IsScored ? HitOrder.ScoreThenNewest : HitOrder.NewestThenScore, page * pageSize, facets);
        var drill = sideways.Count == 0 ? null : new SidewaysCollector(collector, sideways);
        if (InWordLoop(query) is { } word)
        {
            // One word alone, perhaps with facet filters (a broad word has tens of thousands of matches): its own loop,
            // no chain of scorers a match.
            var weight = (WordQuery.WordWeight)searcher.CreateNormalizedWeight(word);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                if (drill is not null)
                {
                    drill.SetNextReader(leaf);
                }
                else
                {
                    collector.SetNextReader(leaf);
                }
                weight.Collect(leaf, collector, drill);
            }
        }
        else
        {
            searcher.Search(query.Query, drill ?? (ICollector)collector);
        }
        var counts = facets.Result(MaxFacetValues);
        if (drill is not null)
        {
            foreach (var (facet, _) in sideways)
            {
                counts[facet] = drill.Sideways(facet, MaxFacetValues);
            }
        }

        var pageDocs = collector.Page((page - 1) * pageSize, pageSize);
        var textSpans = MatchSpans.FromPostings(searcher.IndexReader, pageDocs.Select(hit => hit.Doc).ToList(), ArticleFields.Text, query.Highlights);
        var bodies = new BodyReader();
        var hits = pageDocs.Select((hit, i) => ToHit(searcher.IndexReader, hit, textSpans[i], bodies)).ToList();
        return new SearchResult(collector.TotalHits, hits, counts, message, clock.Elapsed);
    }

    /// <summary>The request's filters on search facets (facet field, values that are not blank).</summary>
    private static List<(string Facet, IReadOnlyList<string> Values)> SidewaysFilters(SearchRequest request)
    {
        var filters = new List<(string Facet, IReadOnlyList<string> Values)>();
        if (request.Filters is null)
        {
            return filters;
        }
        foreach (var (name, values) in request.Filters)
        {
            string? facet = ArticleFields.Facets.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            var wanted = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (facet is not null && wanted.Count > 0 && !filters.Any(f => f.Facet == facet))
            {
                filters.Add((facet, wanted));
            }
        }
        return filters;
    }

    /// <summary>Ids of every article matching the request, best first, at most <paramref name="max"/>; for benchmarks and checks.</summary>
    public IReadOnlyList<long> SearchIds(SearchRequest request, int max = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = UserQueryParser.Parse(request.Query);
        var searcher = _searchers.Acquire();
        try
        {
            using var query = _queries.Build(user, request, searcher.IndexReader);
            if (query.MatchesNothing || max <= 0)
            {
                return [];
            }
            var top = searcher.Search(query.Query, null, max, query.IsScored ? ScoreThenNewest : Newest);
            var leaves = searcher.IndexReader.Leaves;
            return top.ScoreDocs.Select(hit =>
            {
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                return IndexedArticle.ArticleId(leaf.AtomicReader, hit.Doc - leaf.DocBase);
            }).ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <param name="textSpans">The query's matches in the text field, whose values are the title, then the body (then subtitles).</param>
    private static SearchHit ToHit(IndexReader reader, ScoreDoc hit, IReadOnlyList<MatchSpan> textSpans, BodyReader bodies)
    {
        var card = IndexedArticle.Read(reader, hit.Doc);
        var body = bodies.Read(reader, hit.Doc);
        var bodySpans = MatchSpans.Within(textSpans, MatchSpans.SecondValueStart(card.Title), body.Length);
        return new SearchHit(
            card.Id,
            float.IsNaN(hit.Score) ? 0f : hit.Score,
            new HighlightedText(card.Title, MatchSpans.Within(textSpans, card.Title.Length)),
            Snippet.Around(body, bodySpans),
            card.Date,
            card.Source);
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Suggester.Suggest(searcher.IndexReader, prefix, max);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public HighlightedText? HighlightArticle(long articleId, string query)
    {
        var highlights = UserQueryParser.Parse(query).Groups
            .SelectMany(group => group)
            .Where(clause => !clause.IsFilter)
            .Select(clause => QueryPhrase.Analyze(_analyzer, ArticleFields.Text, clause.Text))
            .Where(phrase => !phrase.IsEmpty)
            .ToList();

        var searcher = _searchers.Acquire();
        try
        {
            var found = searcher.Search(new TermQuery(ArticleDocumentMapper.IdKey(articleId)), 1);
            if (found.TotalHits == 0)
            {
                return null;
            }
            int doc = found.ScoreDocs[0].Doc;
            var card = IndexedArticle.Read(searcher.IndexReader, doc);
            string body = IndexedArticle.Body(searcher.IndexReader, doc);
            var spans = MatchSpans.FromPostings(searcher.IndexReader, [doc], ArticleFields.Text, highlights)[0];
            return new HighlightedText(body, MatchSpans.Within(spans, MatchSpans.SecondValueStart(card.Title), body.Length));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public StoredArticlePage? FindArticlePage(long articleId)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return StoredPages.Find(searcher.IndexReader, articleId);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _searchers.Dispose();
        // A merge still running (upkeep's, or Lucene's own) is abandoned rather than waited for: it only rearranges
        // committed documents, and shutting down should not take as long as rewriting the index.
        _writer.Dispose(waitForMerges: false);
        _directory.Dispose();
        _analyzer.Dispose();
        _processLock?.Dispose();
    }

    /// <summary>Searchers that rank with BM25, like the writer that built the norms, with facet tables, dates, title lengths and entity names read on refresh rather than on the first query.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
            {
                HitCollector.Warm(leaf.AtomicReader);
                SegmentNames.For(leaf.AtomicReader);
                SegmentTitleLengths.For(leaf.AtomicReader);
                SegmentTopics.For(leaf.AtomicReader);
            }
            return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }
}
