using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Data.Tests;
using NewsPortal.Web.Pages.Figures;
using Npgsql;

namespace NewsPortal.Web.Tests.Pages.Figures;

/// <summary>
/// The CSV PostgreSQL writes from entity_figure_exports is byte for byte the CSV the portal writes from the same figures
/// (<see cref="FigureCsvWriter"/>), for cells that need quoting, defusing or nothing at all.
/// </summary>
public sealed class EntityFigureCsvTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Quoted_defused_empty_undated_and_overlong_cells_come_out_as_the_writer_writes_them()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var district = SampleEdition.District("大足区");
        var first = SampleEdition.Create(SampleEdition.Sha('a'), district);
        var article = first.Articles[0];
        article.Title = "=HYPERLINK(\"x\"),标题里有逗号\n和换行";
        var figure = article.Metrics[0];
        (figure.Span, figure.Value, figure.BaseValue, figure.Subject, figure.SubjectEntity) = ("-3.50%", -3.50m, 120412000000.00m, "某公司, \"引号\"", null);
        (figure.Qualifier, figure.Period, figure.Family) = ("", null, "@产值");
        article.Metrics.Add(new Metric
        {
            Span = "1204.12亿元",
            Offset = 40,
            Value = 1204.12m,
            Unit = "亿元",
            Measure = figure.Measure,
            Subject = "大足区",
            SubjectEntity = district,
            Kind = FigureKind.Amount,
            Status = FigureStatus.Target,
            Period = "\t2024",
        });
        var second = SampleEdition.Create(SampleEdition.Sha('b'), district);
        second.FileName = "undated.txt";
        // Undated, and a title too long to be kept in the index row (read from its article instead).
        second.Articles[0].PublishedOn = second.Articles[0].Entities[0].PublishedOn = null;
        second.Articles[0].Title = new string('长', 400);
        db.AddRange(first, second);
        await db.SaveChangesAsync();
        var measure = figure.Measure!;
        var rows = await db.NewestAsync(district.Id, measure, 0, IndexModel.CsvLimit, CancellationToken.None);
        Assert.Equal(3, rows.Count);

        // Segments of 64 bytes: every line crosses one.
        var (written, length) = await ExportAsync(db, "大足区", measure);

        Assert.Equal(Encoding.UTF8.GetString(FigureCsv.Write(rows)), Encoding.UTF8.GetString(written));
        Assert.Equal(written.Length, length);
    }

    [Fact]
    public async Task Names_with_a_quote_and_a_backslash_are_matched_as_written()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var district = SampleEdition.District("渝'中\\区");
        db.Add(SampleEdition.Create(SampleEdition.Sha('c'), district));
        await db.SaveChangesAsync();
        string measure = await db.Metrics.Select(m => m.Measure!).FirstAsync();

        var lines = Encoding.UTF8.GetString((await ExportAsync(db, district.Name, measure)).Bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // The header and the district's one figure: its name (a quote and a backslash in it) matched as written.
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task More_exports_at_once_than_turns_each_get_the_whole_csv_and_give_their_turn_back()
    {
        var database = await postgres.CreateDatabaseAsync();
        string measure;
        List<FigureRow> rows;
        await using (var db = postgres.CreateContext(database))
        {
            var district = SampleEdition.District("大足区");
            db.AddRange(SampleEdition.Create(SampleEdition.Sha('d'), district), SampleEdition.Create(SampleEdition.Sha('e'), district));
            await db.SaveChangesAsync();
            measure = await db.Metrics.Select(m => m.Measure!).FirstAsync();
            rows = await db.NewestAsync(district.Id, measure, 0, IndexModel.CsvLimit, CancellationToken.None);
        }
        var expected = Encoding.UTF8.GetString(FigureCsv.Write(rows));

        // Four exports a turn, in three waves: a turn not given back would leave a wave waiting for ever.
        for (var wave = 0; wave < 3; wave++)
        {
            var exports = Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(async _ =>
            {
                await using var db = postgres.CreateContext(database);
                return Encoding.UTF8.GetString((await ExportAsync(db, "大足区", measure)).Bytes);
            });
            var written = await Task.WhenAll(exports).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.All(written, csv => Assert.Equal(expected, csv));
        }
    }

    [Fact]
    public async Task PostgreSQL_sends_the_lines_as_one_value_read_in_a_few_pieces()
    {
        // One row a line, PostgreSQL had sent the export 8 KB at a time and the portal had woken for each piece.
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());
        var district = SampleEdition.District("大足区");
        db.AddRange(SampleEdition.Create(SampleEdition.Sha('f'), district), SampleEdition.Create(SampleEdition.Sha('g'), district));
        await db.SaveChangesAsync();
        string measure = await db.Metrics.Select(m => m.Measure!).FirstAsync();
        var rows = await db.NewestAsync(district.Id, measure, 0, IndexModel.CsvLimit, CancellationToken.None);
        Assert.True(rows.Count > 1);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(EntityFigureCsv.Sql, connection);
        command.Parameters.AddRange(EntityFigureCsv.Parameters(EntityKind.District, "大足区", measure));
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var value = Encoding.UTF8.GetString((byte[])reader[0]);
        Assert.False(await reader.ReadAsync());

        // The CSV without its byte-order mark and header, and without the ending of its last line.
        var csv = Encoding.UTF8.GetString(FigureCsv.Write(rows));
        var header = Encoding.UTF8.GetString(FigureCsv.Write([]));
        Assert.Equal(csv[header.Length..], value + csv[csv.LastIndexOf(',')..]);
    }

    [Fact]
    public async Task A_name_with_no_figures_gets_the_header_alone_with_its_length()
    {
        await using var db = postgres.CreateContext(await postgres.CreateDatabaseAsync());

        var (written, length) = await ExportAsync(db, "无此区", "工业投资");

        Assert.Equal(Encoding.UTF8.GetString(FigureCsv.Write([])), Encoding.UTF8.GetString(written));
        Assert.Equal(written.Length, length);
    }

    /// <summary>One export into a response whose body is a memory stream: the bytes and the Content-Length it announced.</summary>
    private static async Task<(byte[] Bytes, long? Length)> ExportAsync(NewsPortalDbContext db, string district, string measure)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await EntityFigureCsv.WriteAsync(db, EntityKind.District, district, measure, context.Response, 64, CancellationToken.None);
        return (body.ToArray(), context.Response.ContentLength);
    }
}
