using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsPortal.Core;
using NewsPortal.Data.Aggregates;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Storage;

/// <summary>
/// The per-entity measure counts the compare page reads, and the figures listed per entity (entity_figures), stay equal
/// to a recount from the raw tables through every path that writes or removes figures: ingestion, a file name replaced
/// by new content, and a reparse of everything.
/// </summary>
public sealed class EntityMeasureStatsMaintenanceTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Measure_stats_equal_a_recount_after_ingesting_replacing_and_reparsing()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        // The real extractors: measures, subjects the article names and subjects it does not.
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var options = Options.Create(IngestionBed.FastOptions());
        var pipeline = new IngestionPipeline(bed.Contexts, bed.Index, analyzer, options, NullLogger<IngestionPipeline>.Instance, faults: null);
        var pages = new SyntheticCorpus(seed: 7).Pages(40).ToList();
        var other = new SyntheticCorpus(seed: 8);

        var ingested = await pipeline.IngestPagesAsync(pages, null, Ct);
        Assert.Equal(0, ingested.Failed);
        await AssertMaintainedAsync(bed);

        // The same names with other content (other dates too): their articles and figures are deleted and replaced.
        var replaced = await pipeline.IngestPagesAsync(pages.Take(15).Select((p, i) => new PageFile(p.Path, other.Page(i).Content)), null, Ct);
        Assert.Equal(0, replaced.Failed);
        await AssertMaintainedAsync(bed);

        await using (var db = bed.Db())
        {
            Assert.Equal(40, await db.Editions.CountAsync(Ct));
        }
        var reparser = new Reparser(bed.Contexts, bed.Index, analyzer, options, NullLogger<Reparser>.Instance);
        // No progress listener: the summary still counts every edition.
        var reparsed = await reparser.ReparseAllAsync(null, Ct);
        Assert.Equal(40, reparsed.Editions);
        await AssertMaintainedAsync(bed);
    }

    private static async Task AssertMaintainedAsync(IngestionBed bed)
    {
        await using var db = bed.Db();
        var recounted = await MeasureRecount.RecountAsync(db);
        Assert.NotEmpty(recounted);
        Assert.Equal(recounted, await MeasureRecount.MaintainedAsync(db));
        // entity_figures, listed by the same triggers from the same rows (added, and removed before their article goes),
        // for districts and clusters.
        var listed = await MeasureRecount.FiguresRecountAsync(db);
        var kinds = EntityFigureRows.ListedKinds.ToList();
        var listedEntities = (await db.Entities.Where(e => kinds.Contains(e.Kind)).Select(e => e.Id).ToListAsync()).ToHashSet();
        Assert.Equal(recounted.Where(r => listedEntities.Contains(r.EntityId)).Sum(r => r.Figures), listed.Count);
        Assert.Equal(listed, await MeasureRecount.FiguresMaintainedAsync(db));
        // entity_figure_exports, kept from entity_figures by its own triggers: the districts' and clusters' rows with their columns.
        var exported = await MeasureRecount.ExportsRecountAsync(db);
        Assert.NotEmpty(exported);
        Assert.Equal(exported, await MeasureRecount.ExportsMaintainedAsync(db));

        // The fold's look-up of a pair's newest figure, both ways (walking the entity's articles newest first, as for a
        // pair with many figures, and reading them all, as for a pair with few), finds what the table holds.
        var differing = await db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value"
            FROM entity_measure_stats s,
                 newest_figure_about(s.entity_id, s.measure, 1000000) walked,
                 newest_figure_about(s.entity_id, s.measure, 0) read
            WHERE walked.metric_id IS DISTINCT FROM s.latest_metric_id OR read.metric_id IS DISTINCT FROM s.latest_metric_id
               OR walked.published_on IS DISTINCT FROM s.latest_published_on OR read.published_on IS DISTINCT FROM s.latest_published_on
            """).SingleAsync(Ct);
        Assert.Equal(0, differing);
    }
}
