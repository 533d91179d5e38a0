using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Aggregates;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.Tests;

/// <summary>entity_measure_stats follows figures and links in whichever order they are stored, and articles deleted.</summary>
public sealed class EntityMeasureStatsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_link_stored_after_the_figures_counts_them_and_a_subject_it_names_counts_once()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var (fuling, beibei, jiangbei) = (SampleEdition.District(), SampleEdition.District("北碚区"), SampleEdition.District("江北区"));
        var edition = SampleEdition.Create(SampleEdition.Sha('a'), fuling);
        var article = edition.Articles[0];
        // The figure's subject is 北碚区, which the article does not name (yet): it counts for both districts.
        article.Metrics[0].SubjectEntity = beibei;
        db.AddRange(edition, jiangbei);
        await db.SaveChangesAsync();
        Assert.Equal([("北碚区", 1), ("涪陵区", 1)], await CountsAsync(db, article.Metrics[0].Measure!));

        db.ArticleEntities.AddRange(
            new ArticleEntity { ArticleId = article.Id, EntityId = beibei.Id, Mentions = 1, PublishedOn = article.PublishedOn },
            new ArticleEntity { ArticleId = article.Id, EntityId = jiangbei.Id, Mentions = 1, PublishedOn = article.PublishedOn });
        await db.SaveChangesAsync();

        Assert.Equal([("北碚区", 1), ("江北区", 1), ("涪陵区", 1)], await CountsAsync(db, article.Metrics[0].Measure!));
        Assert.Equal(await MeasureRecount.RecountAsync(db), await MeasureRecount.MaintainedAsync(db));
        Assert.Equal(await MeasureRecount.FiguresRecountAsync(db), await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.Equal(await MeasureRecount.ExportsRecountAsync(db), await MeasureRecount.ExportsMaintainedAsync(db));
    }

    [Fact]
    public async Task Deleting_the_newest_figure_falls_back_to_the_next_and_deleting_the_last_removes_the_row()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var fuling = SampleEdition.District();
        var older = SampleEdition.Create(SampleEdition.Sha('b'), fuling);
        var newer = SampleEdition.Create(SampleEdition.Sha('c'), fuling);
        newer.FileName = "cqrb_2024-05-03_p1.txt";
        newer.Articles[0].PublishedOn = newer.Articles[0].Entities[0].PublishedOn = new DateOnly(2024, 5, 3);
        db.AddRange(older, newer);
        await db.SaveChangesAsync();
        var maintained = Assert.Single(await MeasureRecount.MaintainedAsync(db));
        Assert.Equal((2, newer.Articles[0].Metrics[0].Id), (maintained.Figures, maintained.LatestMetricId));

        await db.Editions.Where(e => e.Id == newer.Id).ExecuteDeleteAsync();
        maintained = Assert.Single(await MeasureRecount.MaintainedAsync(db));
        Assert.Equal((1, older.Articles[0].Metrics[0].Id, older.Articles[0].PublishedOn), (maintained.Figures, maintained.LatestMetricId, maintained.LatestPublishedOn));
        Assert.Equal(await MeasureRecount.RecountAsync(db), await MeasureRecount.MaintainedAsync(db));
        Assert.Equal(await MeasureRecount.FiguresRecountAsync(db), await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.Equal(await MeasureRecount.ExportsRecountAsync(db), await MeasureRecount.ExportsMaintainedAsync(db));

        await db.Editions.Where(e => e.Id == older.Id).ExecuteDeleteAsync();
        Assert.Empty(await MeasureRecount.MaintainedAsync(db));
        Assert.Empty(await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.Empty(await MeasureRecount.ExportsMaintainedAsync(db));
    }

    [Fact]
    public async Task Rebuild_fills_the_table_with_what_the_maintenance_keeps()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        db.AddRange(SampleEdition.Create(SampleEdition.Sha('d'), SampleEdition.District()));
        await db.SaveChangesAsync();
        var maintained = await MeasureRecount.MaintainedAsync(db);

        await db.Database.ExecuteSqlRawAsync("DELETE FROM entity_measure_stats");
        await db.Database.ExecuteSqlRawAsync(MeasureStatistics.Rebuild);

        Assert.NotEmpty(maintained);
        Assert.Equal(maintained, await MeasureRecount.MaintainedAsync(db));

        // entity_figures is a view of entity_figure_exports' key: rebuilding the exports lists both again.
        var listed = await MeasureRecount.FiguresMaintainedAsync(db);
        var exported = await MeasureRecount.ExportsMaintainedAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM entity_figure_exports");
        Assert.Empty(await MeasureRecount.FiguresMaintainedAsync(db));
        await db.Database.ExecuteSqlRawAsync(EntityFigureExports.Rebuild);
        Assert.NotEmpty(listed);
        Assert.Equal(listed, await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.NotEmpty(exported);
        Assert.Equal(exported, await MeasureRecount.ExportsMaintainedAsync(db));
    }

    [Fact]
    public async Task Figures_stored_by_one_statement_are_logged_once_per_entity_and_measure()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var edition = SampleEdition.Create(SampleEdition.Sha('e'), SampleEdition.District());
        db.Add(edition);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync(CorpusStatistics.FoldSql);

        // Two more figures of the same measure about the same district, in one statement, as ingestion stores a page's.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO metrics (article_id, base_unit, base_value, family, kind, measure, "offset", period, qualifier, span,
                                 status, subject, subject_entity_id, unit, value)
            SELECT article_id, base_unit, base_value, family, kind, measure, "offset" + n * 10, period, qualifier, span,
                   status, subject, subject_entity_id, unit, value
            FROM metrics CROSS JOIN generate_series(1, 2) n
            """);

        var logged = await db.Database.SqlQueryRaw<LoggedPair>("SELECT entity_id, figures, metric_id FROM measure_deltas").ToListAsync();
        var newest = await db.Metrics.MaxAsync(m => m.Id);
        Assert.Equal([new LoggedPair(edition.Articles[0].Entities[0].EntityId, 2, newest)], logged);
        Assert.Equal(await MeasureRecount.RecountAsync(db), await MeasureRecount.MaintainedAsync(db));
        Assert.Equal(await MeasureRecount.FiguresRecountAsync(db), await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.Equal(await MeasureRecount.ExportsRecountAsync(db), await MeasureRecount.ExportsMaintainedAsync(db));
    }

    [Fact]
    public async Task An_organisations_figures_are_counted_but_only_districts_and_clusters_figures_are_listed()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var edition = SampleEdition.Create(SampleEdition.Sha('f'), SampleEdition.District());
        var article = edition.Articles[0];
        var company = new Entity { Kind = EntityKind.Organization, Name = "太极集团", Aliases = [] };
        article.Entities.Add(new ArticleEntity { Entity = company, Mentions = 1, PublishedOn = article.PublishedOn });
        db.Add(edition);
        await db.SaveChangesAsync();

        // Both count for the compare page; only the district's is one of the figures page's ranges (FigureFilter.OneEntityMeasure).
        Assert.Equal([("太极集团", 1), ("涪陵区", 1)], await CountsAsync(db, article.Metrics[0].Measure!));
        var listed = Assert.Single(await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.Equal(article.Entities[0].Entity.Id, listed.EntityId);
        Assert.Equal(await MeasureRecount.FiguresRecountAsync(db), await MeasureRecount.FiguresMaintainedAsync(db));
        Assert.Equal(await MeasureRecount.ExportsRecountAsync(db), await MeasureRecount.ExportsMaintainedAsync(db));

        // A link stored after the figures: the same.
        var person = new Entity { Kind = EntityKind.Person, Name = "王五", Aliases = [] };
        db.Add(person);
        await db.SaveChangesAsync();
        db.ArticleEntities.Add(new ArticleEntity { ArticleId = article.Id, EntityId = person.Id, Mentions = 1, PublishedOn = article.PublishedOn });
        await db.SaveChangesAsync();
        Assert.Equal([("太极集团", 1), ("涪陵区", 1), ("王五", 1)], await CountsAsync(db, article.Metrics[0].Measure!));
        Assert.Single(await MeasureRecount.FiguresMaintainedAsync(db));

        await db.Editions.Where(e => e.Id == edition.Id).ExecuteDeleteAsync();
        Assert.Empty(await MeasureRecount.MaintainedAsync(db));
        Assert.Empty(await MeasureRecount.FiguresMaintainedAsync(db));
    }

    [Fact]
    public async Task The_fold_reads_the_log_once_even_when_its_statistics_say_it_is_empty()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        // As autovacuum may leave it right after a fold: many pages, no rows. Two reads of the log joined on the pair became
        // a nested loop over the whole log then (85,000 rows folded in 155 s; docs/benchmarks.md, Ingestion).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO measure_deltas (entity_id, measure, figures, metric_id, published_on)
            SELECT g % 500, 'm' || (g % 40), 1, g, NULL FROM generate_series(1, 50000) g;
            DELETE FROM measure_deltas;
            ANALYZE measure_deltas;
            """);
        var function = await db.Database.SqlQueryRaw<string>(
            "SELECT pg_get_functiondef('fold_measure_deltas'::regproc) AS \"Value\"").SingleAsync();
        var start = function.IndexOf("FOR pair IN", StringComparison.Ordinal) + "FOR pair IN".Length;
        var query = function[start..function.IndexOf("LOOP", start, StringComparison.Ordinal)];

        // EXPLAIN plans the statement without running its DELETE and INSERT.
        await db.Database.OpenConnectionAsync();
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN (FORMAT JSON) " + query;
        var plan = (string)(await explain.ExecuteScalarAsync())!;

        var nodes = Nodes(System.Text.Json.JsonDocument.Parse(plan).RootElement).ToList();
        // One read of the log (each pair's total and newest from one sort), so nothing joins the log to itself.
        Assert.Single(nodes, n => n.GetProperty("Node Type").GetString() == "CTE Scan" && n.GetProperty("CTE Name").GetString() == "d");
    }

    private static IEnumerable<System.Text.Json.JsonElement> Nodes(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Nodes),
        System.Text.Json.JsonValueKind.Object => (element.TryGetProperty("Node Type", out _) ? [element] : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Nodes(p.Value))),
        _ => [],
    };

    private sealed record LoggedPair(long EntityId, int Figures, long MetricId);

    private static async Task<List<(string, int)>> CountsAsync(NewsPortalDbContext db, string measure)
    {
        await db.Database.ExecuteSqlRawAsync(CorpusStatistics.FoldSql);
        var rows = await db.EntityMeasureStats.Where(s => s.Measure == measure).Select(s => new { s.Entity.Name, s.Figures }).ToListAsync();
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Name, r.Figures))];
    }
}
