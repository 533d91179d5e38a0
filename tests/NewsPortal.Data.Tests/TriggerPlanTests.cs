using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsPortal.Data.Tests;

/// <summary>The insert triggers read the stored tables by key however many rows one statement stores.</summary>
public sealed class TriggerPlanTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_statement_of_many_pages_figures_reads_no_stored_table_whole()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        // 20,000 stored articles naming nine entities each, as ingestion leaves them (analyzed).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO entities (kind, name, aliases)
            SELECT CASE WHEN g % 3 = 0 THEN 'District' ELSE 'Organization' END, 'entity ' || g, ARRAY[]::text[] FROM generate_series(1, 60) g;
            INSERT INTO editions (id, file_name, sha256, raw_text, ingested_at) VALUES (1, 'page.txt', repeat('a', 64), '', now());
            INSERT INTO articles (id, edition_id, position, title, subtitles, kind, reporters, complete, body, paragraphs, published_on)
            SELECT g, 1, g, 'title ' || g, ARRAY[]::text[], 'News', ARRAY[]::text[], true, 'body', '[]', date '2024-01-01' + g % 365 FROM generate_series(1, 20000) g;
            INSERT INTO article_entities (article_id, entity_id, mentions, published_on)
            SELECT a, e.id, 1, date '2024-01-01' + a % 365
            FROM generate_series(1, 20000) a
            JOIN entities e ON e.id % 60 IN (a % 60, (a + 7) % 60, (a + 13) % 60, (a + 19) % 60, (a + 23) % 60,
                                             (a + 29) % 60, (a + 31) % 60, (a + 37) % 60, (a + 41) % 60);
            ANALYZE;
            """);
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var plans = new List<string>();
        connection.Notice += (_, e) => plans.Add(e.Notice.MessageText);
        await db.Database.ExecuteSqlRawAsync("""
            LOAD 'auto_explain';
            SET auto_explain.log_min_duration = 0;
            SET auto_explain.log_nested_statements = on;
            SET auto_explain.log_level = notice;
            SET client_min_messages = notice;
            """);

        // Sixty-four pages' figures in one statement, as a transaction of 64 pages stores them (IngestionPipeline.StoreGroupPages).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO metrics (article_id, span, "offset", value, unit, kind, status, measure)
            SELECT a, '1亿元', o, 1, '亿元', 'Amount', 'Actual', 'investment'
            FROM generate_series(19681, 20000) a, generate_series(1, 5) o;
            """);

        var triggers = plans.Where(p => p.Contains("Query Text: WITH about", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(triggers);
        foreach (var table in new[] { "articles", "article_entities", "metrics", "entities" })
            Assert.DoesNotContain(triggers, p => p.Contains($"Seq Scan on {table} ", StringComparison.Ordinal));
    }
}
