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
        var plans = await StoredCorpusExplainedAsync(db);

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

    [Fact]
    public async Task Stored_as_ingestion_stores_them_many_pages_links_look_their_articles_and_entities_up_by_key()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var plans = await StoredCorpusExplainedAsync(db);

        // The links of the newest 300 articles in one statement, in a transaction set as EditionWriter sets its own.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync(StoringCosts.Set);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM article_entities WHERE article_id > 19700;\n" + LinksOf + "generate_series(19701, 20000)" + NineEntitiesEach);
            await transaction.CommitAsync();
        }

        // The count trigger reads each new link's article by its key, never articles whole in the key's order.
        var counts = Assert.Single(plans, p => p.Contains("Query Text: INSERT INTO stat_deltas", StringComparison.Ordinal));
        Assert.Contains("Index Cond: (id = n.article_id)", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("Merge Join", counts, StringComparison.Ordinal);
        // Each foreign-key check finds its entity by key rather than reading every entity.
        var checks = plans.Where(p => p.Contains("FROM ONLY \"public\".\"entities\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(checks);
        Assert.DoesNotContain(checks, p => p.Contains("Seq Scan on entities", StringComparison.Ordinal));
    }

    /// <summary>Links, each article of the series that follows (<c>a</c>) naming nine entities of the first 60: constants, so
    /// that the statements stay constants.</summary>
    private const string LinksOf = """
        INSERT INTO article_entities (article_id, entity_id, mentions, published_on)
        SELECT a, e.id, 1, date '2024-01-01' + a % 365
        FROM 
        """;

    private const string NineEntitiesEach = """
         a
        JOIN entities e ON e.id <= 60 AND e.id % 60 IN (a % 60, (a + 7) % 60, (a + 13) % 60, (a + 19) % 60, (a + 23) % 60,
                                                        (a + 29) % 60, (a + 31) % 60, (a + 37) % 60, (a + 41) % 60);

        """;

    /// <summary>
    /// 20,000 stored articles naming nine of 300 entities each, as ingestion leaves them (analyzed), and every statement's plan
    /// (triggers' and foreign-key checks' included) collected from here on.
    /// </summary>
    private static async Task<List<string>> StoredCorpusExplainedAsync(NewsPortalDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO entities (kind, name, aliases)
            SELECT CASE WHEN g % 3 = 0 THEN 'District' ELSE 'Organization' END, 'entity ' || g, ARRAY[]::text[] FROM generate_series(1, 300) g;
            INSERT INTO editions (id, file_name, sha256, raw_text, ingested_at) VALUES (1, 'page.txt', repeat('a', 64), '', now());
            INSERT INTO articles (id, edition_id, position, title, subtitles, kind, reporters, complete, body, paragraphs, published_on)
            SELECT g, 1, g, 'title ' || g, ARRAY[]::text[], 'News', ARRAY[]::text[], true,
                (SELECT string_agg(md5((g * 64 + k)::text), '') FROM generate_series(1, 56) k), -- about an article's size on the page
                '[]', date '2024-01-01' + g % 365
            FROM generate_series(1, 20000) g;
            """ + LinksOf + "generate_series(1, 20000)" + NineEntitiesEach + "ANALYZE;");
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
        return plans;
    }
}
