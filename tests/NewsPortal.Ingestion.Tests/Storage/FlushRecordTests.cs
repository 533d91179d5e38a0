using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Storage;

/// <summary>A flush's ingested_files rows and its fold of the counts are one unit: retried together, kept once.</summary>
public sealed class FlushRecordTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_fold_retried_after_a_transient_failure_logs_each_file_once()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        await using (var db = bed.Db())
        {
            // The first fold fails as a serialization failure would (transient: the flush is retried); a sequence
            // counts the attempts, since a failed transaction keeps nothing else.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE SEQUENCE fold_attempts;
                CREATE FUNCTION fail_first_fold() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF nextval('fold_attempts') = 1 THEN
                        RAISE EXCEPTION 'first fold fails' USING ERRCODE = '40001';
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER corpus_totals_fail_first AFTER UPDATE ON corpus_totals
                    FOR EACH STATEMENT EXECUTE FUNCTION fail_first_fold();
                """);
        }

        var ingested = await bed.Pipeline().IngestPagesAsync(new SyntheticCorpus(seed: 5).Pages(6), null, CancellationToken.None);

        Assert.Equal(0, ingested.Failed);
        await using var check = bed.Db();
        Assert.True(await check.Database.SqlQueryRaw<long>("SELECT last_value AS \"Value\" FROM fold_attempts").SingleAsync() >= 2);
        Assert.Equal(6, await check.IngestedFiles.CountAsync());
        var totals = await check.CorpusTotals.SingleAsync();
        Assert.Equal(6, totals.FilesProcessed + totals.FilesFailed);
    }
}
