using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Data.Model;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Tests.Support;
using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests;

public sealed class IngestionPipelineTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private IngestionBed _bed = null!;
    private static readonly CancellationToken Ct = CancellationToken.None;

    public async Task InitializeAsync() => _bed = await IngestionBed.CreateAsync(postgres);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Same_file_ingested_twice_is_stored_once()
    {
        var page = Pages.Synthetic(1);
        var pipeline = _bed.Pipeline();

        var first = await pipeline.IngestAsync(page, Ct);
        var second = await pipeline.IngestAsync(page, Ct);

        Assert.Equal(IngestOutcome.Ingested, first.Outcome);
        Assert.Equal(IngestOutcome.AlreadyIngested, second.Outcome);
        var rows = await _bed.CountRowsAsync();
        Assert.Equal(1, rows.Editions);
        Assert.Equal(first.Articles, rows.Articles);
        Assert.Equal(first.Articles, _bed.Index.Count);
    }

    [Fact]
    public async Task Stored_edition_keeps_text_positions_spans_dates_entities_and_figures()
    {
        var page = Pages.Named("chongqing-p3.txt", Pages.SimplePage("涪陵区", "涪陵区加快建设先进材料产业集群"));
        var result = await _bed.Pipeline().IngestAsync(page, Ct);

        await using var db = _bed.Db();
        var edition = await db.Editions.Include(e => e.Articles).ThenInclude(a => a.Metrics).SingleAsync(Ct);
        Assert.Equal(page.Sha256, edition.Sha256);
        Assert.Equal(Pages.SimplePage("涪陵区", "涪陵区加快建设先进材料产业集群"), edition.RawText);
        Assert.Equal(Enumerable.Range(0, result.Articles), edition.Articles.OrderBy(a => a.Position).Select(a => a.Position));
        Assert.All(edition.Articles, a => Assert.NotEmpty(a.Paragraphs.SelectMany(p => p.Spans)));
        var fuling = await db.Entities.SingleAsync(e => e.Name == "涪陵区", Ct);
        Assert.Equal(NewsPortal.Core.Pages.EntityKind.District, fuling.Kind);
        Assert.All(edition.Articles.SelectMany(a => a.Metrics), m => Assert.Equal(fuling.Id, m.SubjectEntityId));
        Assert.True(await db.ArticleEntities.AnyAsync(l => l.EntityId == fuling.Id && l.Mentions > 0, Ct));
        var processed = await db.IngestedFiles.SingleAsync(Ct);
        Assert.Equal((IngestStatus.Processed, edition.Id), (processed.Status, processed.EditionId));
    }

    [Fact]
    public async Task Pages_of_several_calls_in_one_run_are_logged_counted_and_searchable_once_the_run_completes()
    {
        var corpus = new NewsPortal.Ingestion.Synthetic.SyntheticCorpus(seed: 7);
        var pipeline = _bed.Pipeline();
        var run = new IngestionRun();

        var first = await pipeline.IngestPagesAsync(corpus.Pages(3), run, null, Ct);
        var second = await pipeline.IngestPagesAsync(corpus.Pages(5).Skip(3), run, null, Ct);
        await pipeline.CompleteAsync(run, Ct);

        Assert.Equal([3, 2], new[] { first.Files, second.Files });
        Assert.Equal(0, run.Unflushed);
        var articles = first.Articles + second.Articles;
        Assert.Equal(articles, _bed.Index.Count);
        await using var db = _bed.Db();
        Assert.Equal(5, await db.IngestedFiles.CountAsync(f => f.EditionId != null));
        var totals = await db.CorpusTotals.SingleAsync();
        Assert.Equal((5, articles), (totals.FilesProcessed, totals.Articles));
    }

    [Fact]
    public async Task A_run_s_flushes_commit_the_index_and_its_end_reopens_the_searchers_once()
    {
        // Reopening at every flush wrote the documents indexed since the commit as a segment of their own; nothing reads them before the end.
        var corpus = new NewsPortal.Ingestion.Synthetic.SyntheticCorpus(seed: 7);
        var index = new CountingCommits(_bed.Index);
        var pipeline = new IngestionPipeline(_bed.Contexts, index, _bed.Analyzer, Options.Create(IngestionBed.FastOptions()), NullLogger<IngestionPipeline>.Instance);
        var run = new IngestionRun { FlushInterval = TimeSpan.Zero };

        var summary = await pipeline.IngestPagesAsync(corpus.Pages(4), run, null, Ct);

        Assert.True(index.Commits > 0);
        Assert.Equal(0, index.Refreshes);
        Assert.Equal(0, _bed.Index.Count);
        await using (var db = _bed.Db())
        {
            Assert.Equal(4 - run.Unflushed, await db.IngestedFiles.CountAsync());
        }

        await pipeline.CompleteAsync(run, Ct);

        Assert.Equal(1, index.Refreshes);
        Assert.Equal(summary.Articles, _bed.Index.Count);
    }

    private sealed class CountingCommits(IArticleIndexWriter inner) : ForwardingIndexWriter(inner)
    {
        public int Commits { get; private set; }
        public int Refreshes { get; private set; }

        public override void Commit()
        {
            Commits++;
            base.Commit();
        }

        public override void Refresh()
        {
            Refreshes++;
            base.Refresh();
        }
    }

    [Fact]
    public async Task A_run_has_counted_the_pages_it_analysed_and_their_articles_before_it_takes_more_pages()
    {
        // bench corpus sizes its next chunk from these while the chunks before are still being stored.
        var corpus = new NewsPortal.Ingestion.Synthetic.SyntheticCorpus(seed: 7);
        var pipeline = _bed.Pipeline();
        var run = new IngestionRun();
        var seen = new List<(int Taken, long Read, long Articles)>();
        IEnumerable<PageFile> Pages()
        {
            for (var i = 0; i < 140; i++)
            {
                seen.Add((i, run.Read, run.ArticlesFound));
                yield return corpus.Page(i);
            }
            seen.Add((140, run.Read, run.ArticlesFound));
        }

        var summary = await pipeline.IngestPagesAsync(Pages(), run, null, Ct);
        await pipeline.CompleteAsync(run, Ct);

        // Pages are read 64 at a time: the 65th is asked for once the first 64 are analysed, and so on.
        var articles = summary.Results.ToDictionary(r => r.Path, r => r.Articles);
        long Found(int pages) => Enumerable.Range(0, pages).Sum(i => articles[corpus.Page(i).Path]);
        Assert.Equal((0L, 0L), (seen[63].Read, seen[63].Articles));
        Assert.Equal((64L, Found(64)), (seen[64].Read, seen[64].Articles));
        Assert.Equal((128L, Found(128)), (seen[128].Read, seen[128].Articles));
        Assert.Equal((128L, Found(128)), (seen[140].Read, seen[140].Articles));
        Assert.Equal((140L, (long)summary.Articles), (run.Read, run.ArticlesFound));
    }

    [Fact]
    public async Task Same_file_name_with_new_content_replaces_the_articles_of_its_edition()
    {
        var pipeline = _bed.Pipeline();
        var old = await pipeline.IngestAsync(Pages.Named("page-01.txt", Pages.SimplePage("北碚区", "北碚区传感器产业提速")), Ct);
        long[] oldIds;
        await using (var db = _bed.Db()) oldIds = await db.Articles.Select(a => a.Id).ToArrayAsync(Ct);

        var fresh = await pipeline.IngestAsync(Pages.Named("page-01.txt", Pages.SimplePage("铜梁区", "铜梁区做大做强制造业")), Ct);

        Assert.Equal(IngestOutcome.Ingested, old.Outcome);
        Assert.Equal(IngestOutcome.Replaced, fresh.Outcome);
        await using var after = _bed.Db();
        var edition = await after.Editions.Include(e => e.Articles).SingleAsync(Ct);
        Assert.Equal(fresh.EditionId, edition.Id);
        Assert.All(edition.Articles, a => Assert.DoesNotContain("北碚区", a.Body));
        Assert.DoesNotContain(await after.Articles.Select(a => a.Id).ToListAsync(Ct), oldIds.Contains);
        Assert.Empty(_bed.Index.SearchIds(new SearchRequest("北碚区")));
        Assert.NotEmpty(_bed.Index.SearchIds(new SearchRequest("铜梁区")));
    }

    [Fact]
    public async Task Bad_files_among_good_ones_are_recorded_failed_with_a_reason_and_the_others_are_ingested()
    {
        var folder = _bed.Folder();
        var good = Enumerable.Range(0, 4).Select(i => Pages.Write(folder, Pages.Synthetic(i))).ToList();
        var binary = Path.Combine(folder, "scan.bin");
        await File.WriteAllBytesAsync(binary, Pages.Binary(), Ct);
        var empty = Path.Combine(folder, "empty.txt");
        await File.WriteAllBytesAsync(empty, [], Ct);
        var huge = Path.Combine(folder, "huge.txt");
        await File.WriteAllTextAsync(huge, new string('字', 100_000), Ct);
        var missing = Path.Combine(folder, "gone.txt");

        var summary = await _bed.Pipeline(configure: o => o.MaxFileBytes = 200_000)
            .IngestFilesAsync([good[0], binary, good[1], empty, huge, missing, good[2], good[3]], null, Ct);

        Assert.Equal(4, summary.Ingested);
        Assert.Equal(4, summary.Failed);
        var reasons = summary.Results.Where(r => !r.Succeeded).ToDictionary(r => Path.GetFileName(r.Path), r => r.Error!);
        Assert.Contains("binary", reasons["scan.bin"]);
        Assert.Contains("empty", reasons["empty.txt"]);
        Assert.Contains("MaxFileBytes", reasons["huge.txt"]);
        Assert.Contains("not found", reasons["gone.txt"]);
        await using var db = _bed.Db();
        Assert.Equal(4, await db.Editions.CountAsync(Ct));
        var failed = await db.IngestedFiles.Where(f => f.Status == IngestStatus.Failed).ToListAsync(Ct);
        Assert.Equal(reasons.Keys.Order(), failed.Select(f => Path.GetFileName(f.Path)).Order());
        Assert.All(failed, f => Assert.False(string.IsNullOrWhiteSpace(f.Error)));
    }

    [Fact]
    public async Task Failure_after_the_rows_were_inserted_leaves_nothing_behind()
    {
        var faults = new FailOnce("synthetic_7_000003");
        var pages = Enumerable.Range(0, 5).Select(Pages.Synthetic).ToList();

        var summary = await _bed.Pipeline(faults).IngestPagesAsync(pages, null, Ct);

        var failed = Assert.Single(summary.Results, r => !r.Succeeded);
        Assert.StartsWith("synthetic_7_000003", Path.GetFileName(failed.Path));
        Assert.Contains("injected", failed.Error);
        await using var db = _bed.Db();
        Assert.False(await db.Editions.AnyAsync(e => e.Sha256 == failed.Sha256, Ct));
        Assert.Equal(4, await db.Editions.CountAsync(Ct));
        Assert.Equal(summary.Articles, await db.Articles.CountAsync(Ct));
        Assert.Equal(summary.Articles, _bed.Index.Count);
        // Entities first named by the failed page exist only if another page names them too.
        var linked = await db.Entities.CountAsync(e => e.Articles.Any(), Ct);
        Assert.Equal(linked, await db.Entities.CountAsync(Ct));
    }

    [Fact]
    public async Task Two_ingesters_over_the_same_folder_store_each_page_once_without_errors()
    {
        var folder = _bed.Folder();
        var files = Enumerable.Range(0, 40).Select(i => Pages.Write(folder, Pages.Synthetic(i))).ToList();
        var reversed = Enumerable.Reverse(files).ToList();
        var (one, two) = (_bed.Pipeline(), _bed.Pipeline());

        var results = await Task.WhenAll(
            Task.Run(() => one.IngestFilesAsync(files, null, Ct), Ct),
            Task.Run(() => two.IngestFilesAsync(reversed, null, Ct), Ct));

        Assert.All(results.SelectMany(s => s.Results), r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(40, results.Sum(s => s.Ingested));
        await using var db = _bed.Db();
        Assert.Equal(40, await db.Editions.CountAsync(Ct));
        var names = await db.Entities.Select(e => e.Name).ToListAsync(Ct);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(await db.Articles.CountAsync(Ct), _bed.Index.Count);
    }

    [Fact]
    public async Task Same_content_under_two_names_at_once_is_stored_once()
    {
        var page = Pages.Synthetic(9);
        var copies = Enumerable.Range(0, 6).Select(i => page with { Path = $"copy-{i}.txt" }).ToList();

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => _bed.Pipeline().IngestAsync(c, Ct), Ct)));

        Assert.Single(results, r => r.Outcome == IngestOutcome.Ingested);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(1, (await _bed.CountRowsAsync()).Editions);
    }

    [Fact]
    public async Task Unreachable_database_is_retried_then_reported_without_recording_the_file()
    {
        var unreachable = new Npgsql.NpgsqlConnectionStringBuilder(_bed.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        var options = new DbContextOptionsBuilder<NewsPortal.Data.NewsPortalDbContext>();
        NewsPortal.Data.DatabaseSetup.UseNewsPortalDatabase(options, unreachable);
        var pipeline = new IngestionPipeline(
            new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<NewsPortal.Data.NewsPortalDbContext>(options.Options),
            _bed.Index, _bed.Analyzer, Microsoft.Extensions.Options.Options.Create(IngestionBed.FastOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestionPipeline>.Instance);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => pipeline.IngestAsync(Pages.Synthetic(1), Ct));

        Assert.Contains("3 attempts", error.Message);
        Assert.Equal(0, _bed.Index.Count);
    }

    [Fact]
    public async Task Reindexer_rebuilds_the_index_from_postgresql()
    {
        await _bed.Pipeline().IngestPagesAsync(Enumerable.Range(0, 6).Select(Pages.Synthetic), null, Ct);
        var articles = (await _bed.CountRowsAsync()).Articles;
        _bed.Index.Clear();
        _bed.Index.Refresh();

        var indexed = await _bed.Reindexer().RebuildAsync(null, Ct);

        Assert.Equal(articles, indexed);
        Assert.Equal(articles, _bed.Index.Count);
        Assert.NotEmpty(_bed.Index.SearchIds(new SearchRequest("产业集群")));
    }

    [Fact]
    public async Task A_rebuild_writes_each_article_page_record_as_ingestion_wrote_it()
    {
        await _bed.Pipeline().IngestPagesAsync(Enumerable.Range(0, 12).Select(Pages.Synthetic), null, Ct);
        await using var db = _bed.Db();
        var ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct);
        Assert.True(await db.Metrics.AnyAsync(m => m.SubjectEntityId != null, Ct));
        var ingested = ids.Select(_bed.Index.FindArticlePage).ToList();
        _bed.Index.Clear();
        _bed.Index.Refresh();

        await _bed.Reindexer().RebuildAsync(null, Ct);

        Assert.All(ingested, Assert.NotNull);
        foreach (var (id, before) in ids.Zip(ingested))
        {
            var after = _bed.Index.FindArticlePage(id);
            Assert.NotNull(after);
            Assert.Equal(before!.Record, after.Record);
            Assert.Equal((before.Title, before.Body, before.PageText), (after.Title, after.Body, after.PageText));
        }
    }

    [Fact]
    public async Task Replaced_and_reparsed_pages_leave_page_records_for_their_new_articles_only()
    {
        var pipeline = _bed.Pipeline();
        var pages = Enumerable.Range(0, 4).Select(Pages.Synthetic).ToList();
        await pipeline.IngestPagesAsync(pages, null, Ct);
        var first = await ArticleIdsAsync();
        await pipeline.IngestAsync(new PageFile(pages[0].Path, Pages.Synthetic(9).Content), Ct);   // same name, other content
        var reparser = new Reparser(_bed.Contexts, _bed.Index, _bed.Analyzer,
            Microsoft.Extensions.Options.Options.Create(IngestionBed.FastOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<Reparser>.Instance);
        await reparser.ReparseAllAsync(null, Ct);

        var now = await ArticleIdsAsync();
        Assert.Empty(now.Intersect(first));
        Assert.All(first, id => Assert.Null(_bed.Index.FindArticlePage(id)));
        var written = now.Select(_bed.Index.FindArticlePage).ToList();
        Assert.All(written, Assert.NotNull);
        _bed.Index.Clear();
        _bed.Index.Refresh();
        await _bed.Reindexer().RebuildAsync(null, Ct);
        foreach (var (id, before) in now.Zip(written))
        {
            Assert.Equal(before!.Record, _bed.Index.FindArticlePage(id)?.Record);
        }
    }

    private async Task<List<long>> ArticleIdsAsync()
    {
        await using var db = _bed.Db();
        return await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct);
    }

    private sealed class FailOnce(string namePrefix) : IIngestionFaults
    {
        public void AfterRowsInserted(PageFile file)
        {
            if (file.Name.StartsWith(namePrefix, StringComparison.Ordinal)) throw new InvalidOperationException("injected failure after insert");
        }
    }
}
