using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Core;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Ingestion.Storage;
using NewsPortal.Ingestion.Tests.Support;
using Npgsql;

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
        // Autovacuum must not get there first: its ANALYZE sets the tables' sizes (relpages) without last_analyze, and
        // ingestion then rightly finds nothing grown. On a loaded machine a run outlasting one flush interval let it.
        await using (var setup = bed.Db())
        {
            await setup.Database.ExecuteSqlRawAsync(
                "ALTER TABLE article_entities SET (autovacuum_enabled = false); ALTER TABLE metrics SET (autovacuum_enabled = false)", Ct);
        }

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

    [Fact]
    public async Task Rows_another_backend_has_not_reported_yet_still_count_as_growth()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        await using var writer = new NpgsqlConnection(bed.ConnectionString);
        await writer.OpenAsync(Ct);
        // The first write is reported when its backend goes idle; a backend that reported less than a second ago keeps
        // the next ones to itself for up to 10 s (PostgreSQL 15's idle stats interval), as a pooled connection that
        // stores page after page does.
        await InsertFilesAsync(writer, from: 1, count: 1);
        await InsertFilesAsync(writer, from: 2, count: 5000);

        await using var db = bed.Db();
        await db.Database.OpenConnectionAsync(Ct);
        await GrowingTables.For(db.Model).AnalyzeGrownAsync((NpgsqlConnection)db.Database.GetDbConnection(), Ct);

        var analyzed = await db.Database.SqlQueryRaw<long>(
            "SELECT analyze_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'ingested_files'").SingleAsync(Ct);
        Assert.Equal(1, analyzed);
    }

    private static async Task InsertFilesAsync(NpgsqlConnection connection, int from, int count)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO ingested_files (path, sha256, status, articles, metrics, started_at, parse_ms, store_ms, index_ms, total_ms)
            SELECT 'inbox/page-' || n || '.txt', md5(n::text) || md5(n::text), 'Processed', 1, 0, now(), 0, 0, 0, 0
            FROM generate_series(@from, @from + @count - 1) n
            """, connection)
        {
            Parameters = { new NpgsqlParameter("from", from), new NpgsqlParameter("count", count) },
        };
        await insert.ExecuteNonQueryAsync(Ct);
    }
}
