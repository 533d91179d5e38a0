using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Ingestion.Tests.Support;
using NewsPortal.Search;

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

    [Fact]
    public async Task A_file_replaced_by_a_later_file_of_the_same_flush_is_logged_without_its_edition()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var corpus = new SyntheticCorpus(seed: 5);
        var first = corpus.Page(1);
        var second = corpus.Page(2) with { Path = first.Path, Name = first.Name };

        var ingested = await bed.Pipeline().IngestPagesAsync([first, second], null, CancellationToken.None);

        Assert.Equal([IngestOutcome.Ingested, IngestOutcome.Replaced], ingested.Results.Select(r => r.Outcome));
        await using var check = bed.Db();
        var edition = await check.Editions.SingleAsync();
        var logged = await check.IngestedFiles.OrderBy(f => f.Id).Select(f => new { f.Sha256, f.EditionId }).ToListAsync();
        Assert.Equal([(first.Sha256, (long?)null), (second.Sha256, edition.Id)], logged.Select(f => (f.Sha256, f.EditionId)));
        Assert.Equal(2, (await check.CorpusTotals.SingleAsync()).FilesProcessed);
    }

    [Fact]
    public async Task A_file_replaced_by_another_ingester_before_its_flush_is_logged_without_its_edition()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var corpus = new SyntheticCorpus(seed: 5);
        var first = corpus.Page(1);
        var second = corpus.Page(2) with { Path = first.Path, Name = first.Name };
        // The flush commits the index before it logs its files: the other ingester stores the new version in between,
        // as a store worker does while an earlier flush runs.
        var index = new BeforeFirstRefresh(bed.Index, () => bed.Pipeline().IngestAsync(second, CancellationToken.None).GetAwaiter().GetResult());
        var pipeline = new IngestionPipeline(bed.Contexts, index, bed.Analyzer, Options.Create(IngestionBed.FastOptions()), NullLogger<IngestionPipeline>.Instance);

        var ingested = await pipeline.IngestPagesAsync([first], null, CancellationToken.None);

        Assert.Equal(IngestOutcome.Ingested, ingested.Results.Single().Outcome);
        await using var check = bed.Db();
        var edition = await check.Editions.SingleAsync();
        Assert.Equal(second.Sha256, edition.Sha256);
        var logged = await check.IngestedFiles.Select(f => new { f.Sha256, f.EditionId }).ToListAsync();
        Assert.Equal(
            [(first.Sha256, (long?)null), (second.Sha256, edition.Id)],
            logged.Select(f => (f.Sha256, f.EditionId)).OrderBy(f => f.Sha256 == first.Sha256 ? 0 : 1));
        Assert.Equal(2, (await check.CorpusTotals.SingleAsync()).FilesProcessed);
    }

    /// <summary>Runs <paramref name="meanwhile"/> once, at the first commit, before committing.</summary>
    private sealed class BeforeFirstRefresh(IArticleIndexWriter inner, Action meanwhile) : ForwardingIndexWriter(inner)
    {
        private bool _ran;

        // A batch's flush commits without reopening: the first commit is interrupted as the first refresh is.
        public override void Commit() => Refresh();

        public override void Refresh()
        {
            if (!_ran)
            {
                _ran = true;
                meanwhile();
            }
            base.Refresh();
        }
    }
}
