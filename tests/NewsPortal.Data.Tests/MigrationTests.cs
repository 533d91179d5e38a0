using Microsoft.EntityFrameworkCore;
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
            ["__EFMigrationsHistory", "article_entities", "articles", "editions", "entities", "ingested_files", "metrics"],
            tables);
        Assert.Equal(["pg_trgm"], await QueryStringsAsync(connectionString, "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'"));
    }

    [Fact]
    public async Task Article_bodies_have_a_trigram_index_for_ilike_search()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var definitions = await QueryStringsAsync(connectionString,
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'articles' AND indexdef LIKE '%gin_trgm_ops%'");

        Assert.Equal("CREATE INDEX \"IX_articles_body_trgm\" ON public.articles USING gin (body gin_trgm_ops)", Assert.Single(definitions));
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
