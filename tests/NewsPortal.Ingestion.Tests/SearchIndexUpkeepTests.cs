using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Tests.Support;
using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests;

/// <summary>The index upkeep on a real Lucene index on disk: ingestion leaves segments, upkeep merges them away.</summary>
public sealed class SearchIndexUpkeepTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] Words = ["新能源", "汽车", "产业", "集群", "传感器", "数字经济", "生物医药", "跨省通办", "营商环境", "乡村振兴", "智能", "制造"];

    private IngestionBed _bed = null!;

    public async Task InitializeAsync() => _bed = await IngestionBed.CreateAsync(postgres, indexOnDisk: true);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task An_index_left_in_many_segments_by_ingest_batches_is_merged_once_ingestion_goes_quiet()
    {
        var options = IngestionBed.FastOptions(o =>
        {
            o.CompactIndexAboveSegments = 2;
            o.CompactIndexAfterIdle = TimeSpan.FromSeconds(3);
        });
        var indexChecked = new SearchIndexRebuildProgress();
        indexChecked.Done();
        using var service = new SearchIndexUpkeepService(Upkeep(options), _bed.Index, indexChecked, Options.Create(options), NullLogger<SearchIndexUpkeepService>.Instance);
        await service.StartAsync(CancellationToken.None);

        var pipeline = _bed.Pipeline();
        for (int batch = 0; batch < 6; batch++)
        {
            // Each run commits the index once at its end: a segment per batch.
            await pipeline.IngestPagesAsync(Enumerable.Range(batch * 3 + 1, 3).Select(Pages.Synthetic), null, CancellationToken.None);
        }
        var left = _bed.Index.SegmentCount;
        Assert.True(left > 2, $"the batches left {left} segments");

        await Eventually(() => _bed.Index.SegmentCount == 1);
        await service.StopAsync(CancellationToken.None);
        await using var db = _bed.Db();
        Assert.Equal(await db.Articles.CountAsync(), _bed.Index.Count);
        Assert.NotEmpty(_bed.Index.Search(new SearchRequest("产业")).Hits);
    }

    [Fact]
    public async Task Only_an_index_with_more_segments_than_the_setting_allows_is_merged()
    {
        await _bed.Pipeline().IngestPagesAsync(Enumerable.Range(1, 3).Select(Pages.Synthetic), null, CancellationToken.None);
        await _bed.Pipeline().IngestPagesAsync(Enumerable.Range(4, 3).Select(Pages.Synthetic), null, CancellationToken.None);

        Assert.Null(await Upkeep(IngestionBed.FastOptions(o => o.CompactIndexAboveSegments = 2)).CompactIfFragmentedAsync(CancellationToken.None));
        Assert.Equal(2, _bed.Index.SegmentCount);

        var merged = await Upkeep(IngestionBed.FastOptions(o => o.CompactIndexAboveSegments = 1)).CompactIfFragmentedAsync(CancellationToken.None);
        Assert.Equal((2, 1), (merged?.SegmentsBefore, merged?.SegmentsAfter));
        Assert.Equal(1, _bed.Index.SegmentCount);
    }

    [Fact]
    public async Task Searches_and_writes_carry_on_while_the_index_is_merged()
    {
        for (int batch = 0; batch < 24; batch++)
        {
            _bed.Index.Upsert(Enumerable.Range(batch * 400 + 1, 400).Select(id => Article(id)));
            _bed.Index.Refresh();
        }
        var fragmented = _bed.Index.SegmentCount;
        var query = new SearchRequest("新能源 汽车");
        Assert.True(fragmented > 2, $"{fragmented} segments");

        var merge = Upkeep(IngestionBed.FastOptions()).CompactAsync(1, CancellationToken.None);
        _bed.Index.Upsert([Article(100_000)]);
        _bed.Index.Refresh();
        var expected = _bed.Index.Search(query).Total;
        var answeredWhileMerging = 0;
        while (!merge.IsCompleted)
        {
            Assert.Equal(expected, _bed.Index.Search(query).Total);
            answeredWhileMerging++;
        }

        var merged = await merge;
        Assert.NotNull(merged);
        Assert.True(answeredWhileMerging > 0 && expected > 0, $"{answeredWhileMerging} searches during the merge, {expected} hits");
        Assert.Equal(expected, _bed.Index.Search(query).Total);
        Assert.Equal((fragmented, 24 * 400 + 1), (merged.SegmentsBefore, _bed.Index.Count));
        // The article written during the merge came in a segment of its own, after the merge had chosen its segments.
        Assert.InRange(_bed.Index.SegmentCount, 1, 2);
        Assert.Equal([100_000L], _bed.Index.Search(new SearchRequest("编号100000")).Hits.Select(h => h.ArticleId));
    }

    private SearchIndexUpkeep Upkeep(IngestionOptions options) =>
        new(_bed.Index, Options.Create(options), NullLogger<SearchIndexUpkeep>.Instance);

    /// <summary>A generated article: a title naming its number, a body of the words above in an order its id decides.</summary>
    private static ArticleDocument Article(long id)
    {
        var random = new Random((int)id);
        var body = string.Concat(Enumerable.Range(0, 60).Select(_ => Words[random.Next(Words.Length)] + (random.Next(4) == 0 ? "。" : "")));
        return new ArticleDocument(id, $"编号{id}", [], body, "重庆日报", "news", new DateOnly(2024, 1, 1).AddDays((int)(id % 365)),
            ["涪陵区"], [], [], [], []);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"not within {Patience.TotalSeconds} s");
            await Task.Delay(100);
        }
    }
}
