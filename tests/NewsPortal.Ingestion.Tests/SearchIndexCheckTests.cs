using Microsoft.Extensions.Logging.Abstractions;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Tests.Support;
using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests;

public sealed class SearchIndexCheckTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_missing_index_is_rebuilt_from_postgresql_with_its_progress_told()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        await bed.Pipeline().IngestPagesAsync(Enumerable.Range(0, 3).Select(Pages.Synthetic), null, CancellationToken.None);
        var articles = (await bed.CountRowsAsync()).Articles;
        using var fresh = LuceneArticleIndex.InMemory();
        var check = Check(bed, fresh);
        var progress = new SearchIndexRebuildProgress();

        var rebuilt = await check.EnsureCurrentAsync(progress, CancellationToken.None);

        Assert.True(rebuilt);
        Assert.Equal(articles, fresh.Count);
        Assert.Equal(new SearchIndexRebuildProgress.Snapshot(RebuildPhase.Rebuilding, articles, articles, null), progress.Now);
        Assert.Equal(99, progress.Now.Percent); // 100 only once the service says it is done
        Assert.False(await check.EnsureCurrentAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_index_over_an_empty_database_is_left_alone()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var progress = new SearchIndexRebuildProgress();

        Assert.False(await Check(bed, bed.Index).EnsureCurrentAsync(progress, CancellationToken.None));
        Assert.Equal(RebuildPhase.Checking, progress.Now.Phase);
    }

    [Fact]
    public async Task The_background_service_ends_done_and_lets_the_inbox_go()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        await bed.Pipeline().IngestPagesAsync(Enumerable.Range(0, 2).Select(Pages.Synthetic), null, CancellationToken.None);
        using var fresh = LuceneArticleIndex.InMemory();
        var progress = new SearchIndexRebuildProgress();
        using var service = new SearchIndexRebuildService(Check(bed, fresh), progress, NullLogger<SearchIndexRebuildService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await progress.Finished.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((RebuildPhase.Done, 100), (progress.Now.Phase, progress.Now.Percent));
        Assert.Equal((await bed.CountRowsAsync()).Articles, fresh.Count);
    }

    [Fact]
    public async Task A_failed_rebuild_is_reported_and_still_ends_the_wait()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        await bed.Pipeline().IngestPagesAsync(Enumerable.Range(0, 1).Select(Pages.Synthetic), null, CancellationToken.None);
        var broken = LuceneArticleIndex.InMemory();
        broken.Dispose(); // writing to it throws
        var progress = new SearchIndexRebuildProgress();
        using var service = new SearchIndexRebuildService(Check(bed, new CountingAsEmpty(broken)), progress, NullLogger<SearchIndexRebuildService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await progress.Finished.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(RebuildPhase.Failed, progress.Now.Phase);
        Assert.False(string.IsNullOrEmpty(progress.Now.Problem));
    }

    private static SearchIndexCheck Check(IngestionBed bed, IArticleIndexWriter index) =>
        new(index, bed.Contexts, new Reindexer(bed.Contexts, index, NullLogger<Reindexer>.Instance), NullLogger<SearchIndexCheck>.Instance);

    /// <summary>A closed index that claims to be empty, so the check decides to rebuild and the rebuild fails.</summary>
    private sealed class CountingAsEmpty(IArticleIndexWriter inner) : IArticleIndexWriter
    {
        public IndexOpenStatus OpenStatus => IndexOpenStatus.Created;
        public string? OpenProblem => null;
        public int Count => 0;
        public void Upsert(IEnumerable<ArticleDocument> documents) => inner.Upsert(documents);
        public void Delete(IEnumerable<long> articleIds) => inner.Delete(articleIds);
        public void Clear() => inner.Clear();
        public void Refresh() => inner.Refresh();
        public void CompleteRebuild() => inner.CompleteRebuild();
        public long Generation => inner.Generation;
        public int SegmentCount => inner.SegmentCount;
        public void MergeSegments(int maxSegments) => inner.MergeSegments(maxSegments);
    }
}
