using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Tests;

public sealed class RoundTripTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task An_edition_with_its_article_entity_and_metric_reads_back_as_written()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var write = postgres.CreateContext(connectionString))
        {
            write.Editions.Add(SampleEdition.Create(SampleEdition.Sha('a'), SampleEdition.District()));
            await write.SaveChangesAsync();
        }

        await using var read = postgres.CreateContext(connectionString);
        var edition = await read.Editions
            .Include(e => e.Articles).ThenInclude(a => a.Entities).ThenInclude(l => l.Entity)
            .Include(e => e.Articles).ThenInclude(a => a.Metrics)
            .SingleAsync();

        Assert.Equal(("cqrb_2024-04-03_p1.txt", 1, new DateOnly(2024, 4, 3), "masthead"),
            (edition.FileName, edition.PageNumber, edition.PublishedOn, edition.DateBasis));
        Assert.Equal(new DateTimeOffset(2024, 4, 3, 8, 30, 0, TimeSpan.Zero), edition.IngestedAt);

        var article = Assert.Single(edition.Articles);
        Assert.Equal(["榨菜产业集群加快发展", "新签约项目23个"], article.Subtitles);
        Assert.Equal(["张三", "李四"], article.Reporters);
        Assert.Equal(ArticleKind.Interview, article.Kind);
        Assert.Equal((false, "转2版", new DateOnly(2024, 4, 2)), (article.Complete, article.Continued, article.EventDate));
        Assert.Equal("一季度，涪陵区规上工业总产值达到356.7亿元。\n同比增长12.5%。", article.Body);
        Assert.Equal([0, 1], article.Paragraphs.Select(p => p.Index));
        Assert.Equal([[143, 5], [160, 4]], article.Paragraphs[1].Spans);

        var link = Assert.Single(article.Entities);
        Assert.Equal((EntityKind.District, "涪陵区", 3), (link.Entity.Kind, link.Entity.Name, link.Mentions));
        Assert.Equal(["涪陵"], link.Entity.Aliases);

        var metric = Assert.Single(article.Metrics);
        Assert.Equal((356.7m, "亿元", 35_670_000_000m, "元"), (metric.Value, metric.Unit, metric.BaseValue, metric.BaseUnit));
        Assert.Equal((FigureKind.Amount, FigureStatus.Actual, link.EntityId), (metric.Kind, metric.Status, metric.SubjectEntityId!.Value));
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names_and_paragraphs_as_jsonb()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var write = postgres.CreateContext(connectionString))
        {
            write.Editions.Add(SampleEdition.Create(SampleEdition.Sha('b'), SampleEdition.District()));
            await write.SaveChangesAsync();
        }

        Assert.Equal(["Interview"], await MigrationTests.QueryStringsAsync(connectionString, "SELECT kind FROM articles"));
        Assert.Equal(["District"], await MigrationTests.QueryStringsAsync(connectionString, "SELECT kind FROM entities"));
        Assert.Equal(["Amount/Actual"], await MigrationTests.QueryStringsAsync(connectionString, "SELECT kind || '/' || status FROM metrics"));
        Assert.Equal(["[160, 4]"], await MigrationTests.QueryStringsAsync(connectionString,
            "SELECT (paragraphs -> 1 -> 'spans' -> 1)::text FROM articles WHERE jsonb_typeof(paragraphs) = 'array'"));
    }
}
