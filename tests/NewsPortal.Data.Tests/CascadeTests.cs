using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsPortal.Data.Tests;

/// <summary>The database itself enforces the delete rules: each test deletes with SQL-level ExecuteDelete, nothing loaded.</summary>
public sealed class CascadeTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Deleting_an_edition_removes_its_articles_links_and_metrics_but_keeps_entities()
    {
        var connectionString = await SeedTwoEditionsAsync();
        await using var context = postgres.CreateContext(connectionString);

        await context.Editions.Where(e => e.Sha256 == SampleEdition.Sha('1')).ExecuteDeleteAsync();

        Assert.Equal(1, await context.Editions.CountAsync());
        Assert.Equal(1, await context.Articles.CountAsync());
        Assert.Equal(1, await context.ArticleEntities.CountAsync());
        Assert.Equal(1, await context.Metrics.CountAsync());
        Assert.Equal(2, await context.Entities.CountAsync());
    }

    [Fact]
    public async Task Deleting_an_entity_that_articles_mention_is_refused()
    {
        var connectionString = await SeedTwoEditionsAsync();
        await using var context = postgres.CreateContext(connectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(
            () => context.Entities.Where(e => e.Name == "涪陵区").ExecuteDeleteAsync());

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    [Fact]
    public async Task Deleting_an_unmentioned_entity_keeps_metrics_about_it_without_the_link()
    {
        var connectionString = await SeedTwoEditionsAsync();
        await using var context = postgres.CreateContext(connectionString);
        await context.ArticleEntities.Where(l => l.Entity.Name == "涪陵区").ExecuteDeleteAsync();

        await context.Entities.Where(e => e.Name == "涪陵区").ExecuteDeleteAsync();

        var metric = await context.Metrics.SingleAsync(m => m.Subject == "涪陵区");
        Assert.Null(metric.SubjectEntityId);
    }

    /// <summary>Edition '1' speaks of 涪陵区 and has a figure about it; edition '2' the same for 永川区.</summary>
    private async Task<string> SeedTwoEditionsAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);
        var second = SampleEdition.Create(SampleEdition.Sha('2'), SampleEdition.District("永川区"));
        second.Articles[0].Metrics[0].Subject = "永川区";
        context.Editions.AddRange(SampleEdition.Create(SampleEdition.Sha('1'), SampleEdition.District()), second);
        await context.SaveChangesAsync();
        return connectionString;
    }
}
