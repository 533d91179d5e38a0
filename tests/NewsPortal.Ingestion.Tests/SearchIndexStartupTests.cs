using Microsoft.Extensions.Logging.Abstractions;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Tests.Support;
using NewsPortal.Search;

namespace NewsPortal.Ingestion.Tests;

public sealed class SearchIndexStartupTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_missing_index_is_rebuilt_from_postgresql_at_start_up()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        await bed.Pipeline().IngestPagesAsync(Enumerable.Range(0, 3).Select(Pages.Synthetic), null, CancellationToken.None);
        using var fresh = LuceneArticleIndex.InMemory();
        var startup = new SearchIndexStartup(fresh, bed.Contexts,
            new Reindexer(bed.Contexts, fresh, NullLogger<Reindexer>.Instance), NullLogger<SearchIndexStartup>.Instance);

        var rebuilt = await startup.EnsureCurrentAsync(CancellationToken.None);

        Assert.True(rebuilt);
        Assert.Equal((await bed.CountRowsAsync()).Articles, fresh.Count);
        Assert.False(await startup.EnsureCurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_index_over_an_empty_database_is_left_alone()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var startup = new SearchIndexStartup(bed.Index, bed.Contexts, bed.Reindexer(), NullLogger<SearchIndexStartup>.Instance);

        Assert.False(await startup.EnsureCurrentAsync(CancellationToken.None));
    }
}
