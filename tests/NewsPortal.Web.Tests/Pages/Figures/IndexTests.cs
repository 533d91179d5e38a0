using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Figures;

[Collection(PortalCollection.Name)]
public sealed class IndexTests(PortalFixture portal)
{
    [Fact]
    public async Task The_table_counts_every_figure()
    {
        await using var db = portal.CreateDbContext();

        var html = await portal.CreateClient().GetPageAsync("/figures");

        Assert.Equal(await db.Metrics.CountAsync(), Html.PagerTotal(html));
    }

    [Fact]
    public async Task The_csv_export_has_a_header_and_exactly_the_filtered_rows()
    {
        await using var db = portal.CreateDbContext();
        var measure = await db.Metrics.Where(m => m.Measure != null).GroupBy(m => m.Measure!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = await db.Metrics.Where(m => m.Measure == measure).Select(m => m.Id).ToListAsync();

        using var response = await portal.CreateClient().GetAsync(Html.Url("/figures", ("measure", measure), ("handler", "csv")));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("figures.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "article_id", "article_title", "published_on", "span", "value", "unit"], records[0].Take(7));
        Assert.All(records, r => Assert.Equal(17, r.Count));
        var ids = records.Skip(1).Select(r => long.Parse(r[0])).ToList();
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public async Task The_csv_of_one_district_and_measure_is_every_row_of_the_table_in_its_order()
    {
        // That filter's CSV is written by PostgreSQL from entity_figure_exports (EntityFigureCsv): the same bytes as the
        // table's rows (EF's projection) written out by FigureCsvWriter.
        await using var db = portal.CreateDbContext();
        var pair = await db.EntityFigures.Join(db.Entities.Where(e => e.Kind == EntityKind.District), f => f.EntityId, e => e.Id, (f, e) => new { f.EntityId, e.Name, f.Measure })
            .GroupBy(p => new { p.EntityId, p.Name, p.Measure }).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var rows = await db.NewestAsync(pair.EntityId, pair.Measure, 0, IndexModel.CsvLimit, CancellationToken.None);
        Assert.True(rows.Count > 1);

        var expected = FigureCsv.Write(rows);

        // Headers first: its Content-Length is announced, not computed by the client from the bytes it buffered.
        using var response = await portal.CreateClient().GetAsync(Html.Url("/figures", ("district", pair.Name), ("measure", pair.Measure), ("handler", "csv")), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(expected.Length, response.Content.Headers.ContentLength);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_status_filter_keeps_only_figures_of_that_status()
    {
        await using var db = portal.CreateDbContext();
        var actual = await db.Metrics.CountAsync(m => m.Status == FigureStatus.Actual);

        var html = await portal.CreateClient().GetPageAsync("/figures?status=actual");

        Assert.Equal(actual, Html.PagerTotal(html));
        Assert.DoesNotContain("status-target", html);
    }
}
