using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace NewsPortal.Data.Tests;

public sealed class MigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        await using (var context = postgres.CreateContext(connectionString))
        {
            await context.Database.MigrateAsync();
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }

        var tables = await QueryStringsAsync(connectionString,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
        Assert.Equal(
            ["__EFMigrationsHistory", "article_entities", "articles", "corpus_totals", "editions", "entities", "entity_figure_exports", "entity_figures", "entity_measure_stats", "entity_stats", "ingested_files", "measure_deltas", "metrics", "stat_deltas"],
            tables);
    }

    [Fact]
    public async Task Articles_are_indexed_for_the_filters_only_not_for_text_search()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var indexes = await QueryStringsAsync(connectionString,
            "SELECT indexname FROM pg_indexes WHERE tablename = 'articles' ORDER BY 1");

        // Text search is Lucene's: a trigram index on the body would cost every ingest and serve no query.
        // ix_articles_newest is the newest-first order of every article list (ScaleAggregates).
        Assert.Equal(["ix_articles_edition_id_position", "ix_articles_kind", "ix_articles_newest", "ix_articles_published_on", "ix_articles_source", "pk_articles"], indexes);
    }

    [Fact]
    public async Task A_database_from_before_the_naming_convention_upgrades_to_the_same_names_as_a_new_one()
    {
        var fresh = await postgres.CreateDatabaseAsync();
        var upgraded = await postgres.CreateEmptyDatabaseAsync();
        await using (var context = postgres.CreateContext(upgraded))
        {
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync("MeasureFamilies");
            Assert.Contains("PK_articles", await QueryStringsAsync(upgraded, NamesSql));
            await context.Database.MigrateAsync();
        }

        var names = await QueryStringsAsync(upgraded, NamesSql);
        Assert.Equal(await QueryStringsAsync(fresh, NamesSql), names);
        Assert.Contains("fk_articles_editions_edition_id", names);
        Assert.All(names, name => Assert.Equal(name.ToLowerInvariant(), name));
    }

    [Fact]
    public async Task The_naming_convention_migration_reverts_to_the_old_names()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);

        await context.GetService<IMigrator>().MigrateAsync("MeasureFamilies");

        var names = await QueryStringsAsync(connectionString, NamesSql);
        Assert.Contains("PK_articles", names);
        Assert.Contains("IX_articles_newest", names);
        Assert.DoesNotContain("pk_articles", names);
    }

    [Fact]
    public async Task Listing_only_districts_and_clusters_figures_drops_the_other_kinds_rows_and_its_down_lists_them_again()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync("EntityFigureExports");
        var edition = SampleEdition.Create(SampleEdition.Sha('m'), SampleEdition.District());
        var company = new Model.Entity { Kind = Core.Pages.EntityKind.Organization, Name = "太极集团", Aliases = [] };
        edition.Articles[0].Entities.Add(new Model.ArticleEntity { Entity = company, Mentions = 1, PublishedOn = edition.Articles[0].PublishedOn });
        context.Add(edition);
        await context.SaveChangesAsync();
        Assert.Equal(2, (await MeasureRecount.FiguresMaintainedAsync(context)).Count);
        var exported = await MeasureRecount.ExportsAsTextAsync(context);

        await migrator.MigrateAsync("EntityFigureExportsListedWithFigures");
        Assert.Equal(await MeasureRecount.FiguresRecountAsync(context), await MeasureRecount.FiguresMaintainedAsync(context));
        Assert.DoesNotContain(await MeasureRecount.FiguresMaintainedAsync(context), f => f.EntityId == company.Id);
        Assert.Equal(exported, await MeasureRecount.ExportsAsTextAsync(context));

        await migrator.MigrateAsync("EntityFigureExports");
        Assert.Equal(2, (await MeasureRecount.FiguresMaintainedAsync(context)).Count);
        Assert.Equal(exported, await MeasureRecount.ExportsAsTextAsync(context));
    }

    [Fact]
    public async Task Exported_figures_get_their_csv_lines_and_the_down_gives_their_columns_back()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync("EntityFigureExportsListedWithFigures");
        var district = SampleEdition.District();
        var quoted = SampleEdition.Create(SampleEdition.Sha('q'), district);
        quoted.Articles[0].Title = "=涪陵区, \"一季度\"";
        var overlong = SampleEdition.Create(SampleEdition.Sha('o'), district);
        overlong.FileName = "overlong.txt";
        overlong.Articles[0].Title = new string('长', 400);
        context.AddRange(quoted, overlong);
        await context.SaveChangesAsync();
        var columns = await MeasureRecount.ExportsAsTextAsync(context);
        Assert.Equal(2, columns.Count);

        await migrator.MigrateAsync();
        var lines = await MeasureRecount.ExportsMaintainedAsync(context);
        Assert.Equal(await MeasureRecount.ExportsRecountAsync(context), lines);
        // The subject is the district's name; the overlong title's line is left to the export.
        Assert.Contains(lines, r => r.Line == $"{quoted.Articles[0].Metrics[0].Id},{quoted.Articles[0].Id},\"'=涪陵区, \"\"一季度\"\"\",2024-04-03,"
            + "356.7亿元,356.7,亿元,35670000000,元,规上工业总产值,涪陵区,2024Q1,amount,actual,,");
        Assert.Contains(lines, r => r.ArticleId == overlong.Articles[0].Id && r.Line is null);

        await migrator.MigrateAsync("EntityFigureExportsListedWithFigures");
        Assert.Equal(columns, await MeasureRecount.ExportsAsTextAsync(context));
    }

    [Fact]
    public async Task Entity_figures_become_a_view_of_the_exports_keys_and_the_down_makes_the_table_again()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync("TriggerJoinsByKey");
        var district = SampleEdition.District();
        var first = SampleEdition.Create(SampleEdition.Sha('v'), district);
        context.Add(first);
        await context.SaveChangesAsync();
        var listed = await MeasureRecount.FiguresMaintainedAsync(context);
        var exported = await MeasureRecount.ExportsMaintainedAsync(context);
        Assert.NotEmpty(listed);

        await migrator.MigrateAsync();
        const string Kind = "SELECT relkind::text FROM pg_class WHERE relname = 'entity_figures' AND relnamespace = 'public'::regnamespace";
        Assert.Equal(["v"], await QueryStringsAsync(connectionString, Kind));
        Assert.Equal(listed, await MeasureRecount.FiguresMaintainedAsync(context));
        Assert.Equal(exported, await MeasureRecount.ExportsMaintainedAsync(context));
        // The triggers list a new page's figures and take a replaced one's away without the table.
        var second = SampleEdition.Create(SampleEdition.Sha('w'), district);
        second.FileName = "second.txt";
        context.Add(second);
        await context.SaveChangesAsync();
        await context.Editions.Where(e => e.Id == first.Id).ExecuteDeleteAsync();
        var kept = await MeasureRecount.FiguresMaintainedAsync(context);
        Assert.Equal(await MeasureRecount.FiguresRecountAsync(context), kept);
        Assert.Equal(await MeasureRecount.ExportsRecountAsync(context), await MeasureRecount.ExportsMaintainedAsync(context));
        Assert.NotEmpty(kept);
        Assert.All(kept, f => Assert.Equal(second.Articles[0].Id, f.ArticleId));

        await migrator.MigrateAsync("TriggerJoinsByKey");
        Assert.Equal(["r"], await QueryStringsAsync(connectionString, Kind));
        Assert.Equal(kept, await MeasureRecount.FiguresMaintainedAsync(context));
        await context.Editions.Where(e => e.Id == second.Id).ExecuteDeleteAsync();
        Assert.Empty(await MeasureRecount.FiguresMaintainedAsync(context));
        Assert.Empty(await MeasureRecount.ExportsMaintainedAsync(context));
    }

    // Every constraint and index of the application's tables, by name.
    private const string NamesSql = """
        SELECT conname::text FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'f', 'u')
            AND conrelid <> '"__EFMigrationsHistory"'::regclass
        UNION SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
        ORDER BY 1
        """;

    [Fact]
    public async Task Page_text_and_article_bodies_are_compressed_with_lz4()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var columns = await QueryStringsAsync(connectionString, """
            SELECT c.relname || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.attcompression = 'l' AND c.relname IN ('articles', 'editions') ORDER BY 1
            """);

        Assert.Equal(["articles.body", "editions.raw_text"], columns);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_checked_in_migrations()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);

        Assert.False(context.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add <Name> -p src/NewsPortal.Data`.");
    }

    internal static async Task<List<string>> QueryStringsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
