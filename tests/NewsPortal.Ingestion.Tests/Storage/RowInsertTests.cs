using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Storage;
using NewsPortal.Ingestion.Tests.Support;
using Npgsql;

namespace NewsPortal.Ingestion.Tests.Storage;

/// <summary>
/// RowInsert writes rows as unnested column arrays; reading them back through EF must give every value as
/// EF itself would have written it: nulls, text arrays (empty, with commas, quotes and braces), jsonb,
/// numerics, dates, timestamps and enums stored as text.
/// </summary>
public sealed class RowInsertTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private IngestionBed _bed = null!;

    public async Task InitializeAsync() => _bed = await IngestionBed.CreateAsync(postgres);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Rows_read_back_through_ef_with_every_value_as_written()
    {
        await using var db = _bed.Db();
        var entity = new Entity { Kind = EntityKind.District, Name = "涪陵区", Aliases = ["涪陵"] };
        db.Entities.Add(entity);
        await db.SaveChangesAsync();

        var ingestedAt = new DateTimeOffset(2026, 11, 27, 8, 30, 15, 123, TimeSpan.Zero);
        var edition = new Edition
        {
            Id = 41, FileName = "p-1.txt", Sha256 = new string('a', 64), Paper = null, PageNumber = 3,
            PublishedOn = new DateOnly(2024, 12, 20), DateBasis = "dateline", RawText = "第一行\n第二行，\"引号\"", IngestedAt = ingestedAt,
        };
        var full = new Article
        {
            Id = 501, EditionId = 41, Position = 0, Title = "标题", Subtitles = ["副题, 带逗号", "{括号}", "\"引号\" \\ 反斜杠"],
            Kind = ArticleKind.Interview, Source = "重庆日报", Dateline = "本报讯", Reporters = ["记者 甲", "乙"],
            EventDate = new DateOnly(2024, 12, 19), PublishedOn = new DateOnly(2024, 12, 20), Complete = false, Continued = "下转2版",
            Body = "正文", Paragraphs = [new ParagraphSource { Index = 0, Spans = [[3, 4], [10, 2]] }],
        };
        var sparse = new Article
        {
            Id = 502, EditionId = 41, Position = 1, Title = "短讯", Subtitles = [], Kind = ArticleKind.Brief, Source = null,
            Dateline = null, Reporters = [], EventDate = null, PublishedOn = null, Complete = true, Continued = null, Body = "短", Paragraphs = [],
        };
        var links = new List<ArticleEntity> { new() { ArticleId = 501, EntityId = entity.Id, Mentions = 3 } };
        var metrics = new List<Metric>
        {
            new()
            {
                ArticleId = 501, Span = "2414.57亿元", Offset = 12, Value = 2414.57m, Unit = "亿元", BaseValue = 241457000000m, BaseUnit = "元",
                Measure = "产值", Subject = "涪陵区", SubjectEntityId = entity.Id, Period = "2024年1—11月", Kind = FigureKind.Amount, Status = FigureStatus.Target,
            },
            new()
            {
                ArticleId = 502, Span = "12%", Offset = 0, Value = 12m, Unit = "%", BaseValue = null, BaseUnit = null,
                Measure = null, Subject = null, SubjectEntityId = null, Period = null, Kind = FigureKind.Growth, Status = FigureStatus.Actual,
            },
        };

        await db.Database.OpenConnectionAsync();
        await using (var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection()))
        {
            batch.BatchCommands.Add(new RowInsert<Edition>(db.Model, withGeneratedKey: true).Command([edition]));
            batch.BatchCommands.Add(new RowInsert<Article>(db.Model, withGeneratedKey: true).Command([full, sparse]));
            batch.BatchCommands.Add(new RowInsert<ArticleEntity>(db.Model, withGeneratedKey: true).Command(links));
            batch.BatchCommands.Add(new RowInsert<Metric>(db.Model, withGeneratedKey: false).Command(metrics));
            Assert.Equal(6, await batch.ExecuteNonQueryAsync());
        }

        await using var read = _bed.Db();
        var stored = await read.Editions.AsNoTracking().Include(e => e.Articles).ThenInclude(a => a.Metrics).Include(e => e.Articles).ThenInclude(a => a.Entities).SingleAsync();
        Assert.Equal(
            (edition.FileName, edition.Sha256, edition.Paper, edition.PageNumber, edition.PublishedOn, edition.DateBasis, edition.RawText, ingestedAt),
            (stored.FileName, stored.Sha256, stored.Paper, stored.PageNumber, stored.PublishedOn, stored.DateBasis, stored.RawText, stored.IngestedAt));
        foreach (var expected in new[] { full, sparse })
        {
            var actual = stored.Articles.Single(a => a.Id == expected.Id);
            Assert.Equal(
                (expected.Position, expected.Title, expected.Kind, expected.Source, expected.Dateline, expected.EventDate, expected.PublishedOn, expected.Complete, expected.Continued, expected.Body),
                (actual.Position, actual.Title, actual.Kind, actual.Source, actual.Dateline, actual.EventDate, actual.PublishedOn, actual.Complete, actual.Continued, actual.Body));
            Assert.Equal(expected.Subtitles, actual.Subtitles);
            Assert.Equal(expected.Reporters, actual.Reporters);
            Assert.Equal(
                expected.Paragraphs.Select(p => (p.Index, string.Join(";", p.Spans.Select(s => string.Join(",", s))))),
                actual.Paragraphs.Select(p => (p.Index, string.Join(";", p.Spans.Select(s => string.Join(",", s))))));
        }
        Assert.Equal((entity.Id, 3), stored.Articles.Single(a => a.Id == 501).Entities.Select(l => (l.EntityId, l.Mentions)).Single());
        foreach (var expected in metrics)
        {
            var actual = stored.Articles.SelectMany(a => a.Metrics).Single(m => m.Span == expected.Span);
            Assert.Equal(
                (expected.ArticleId, expected.Offset, expected.Value, expected.Unit, expected.BaseValue, expected.BaseUnit, expected.Measure, expected.Subject, expected.SubjectEntityId, expected.Period, expected.Kind, expected.Status),
                (actual.ArticleId, actual.Offset, actual.Value, actual.Unit, actual.BaseValue, actual.BaseUnit, actual.Measure, actual.Subject, actual.SubjectEntityId, actual.Period, actual.Kind, actual.Status));
        }
    }
}
