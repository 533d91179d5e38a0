using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Core;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Storage;

/// <summary>
/// A corpus ingested from empty has planner statistics without waiting for autovacuum (a minute or more), which the
/// per-page statements that join a page's rows to article_entities and metrics need to probe their indexes.
/// </summary>
public sealed class GrowingTablesTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Tables_grown_from_empty_are_analyzed_by_ingestion()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var options = Options.Create(IngestionBed.FastOptions());
        var pipeline = new IngestionPipeline(bed.Contexts, bed.Index, NewsPortalCore.CreateAnalyzer(), options,
            NullLogger<IngestionPipeline>.Instance, faults: null);

        // About 2,000 figures and 4,000 links: both tables pass the first threshold (1,000 changes).
        var ingested = await pipeline.IngestPagesAsync(new SyntheticCorpus(seed: 3).Pages(70), null, Ct);
        Assert.Equal(0, ingested.Failed);

        // The server reports a backend's statistics (last_analyze among them) when that backend has been idle a while,
        // up to 10 s after its ANALYZE (PostgreSQL 15's idle stats interval): look again until then.
        await using var db = bed.Db();
        List<string> unanalyzed = [];
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(20); await Task.Delay(250, Ct))
        {
            unanalyzed = await db.Database.SqlQueryRaw<string>("""
                SELECT relname AS "Value" FROM pg_stat_user_tables
                WHERE relname IN ('article_entities', 'metrics') AND last_analyze IS NULL
                """).ToListAsync(Ct);
            if (unanalyzed.Count == 0) break;
        }
        Assert.Empty(unanalyzed);
    }
}
