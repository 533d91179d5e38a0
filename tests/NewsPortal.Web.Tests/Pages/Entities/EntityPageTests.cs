using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Entities;

/// <summary>A district's page read in one statement holds what the tables say, read the way each part was read on its own.</summary>
[Collection(PortalCollection.Name)]
public sealed class EntityPageTests(PortalFixture portal)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task The_page_holds_the_entitys_cards_figures_measures_and_chart_points()
    {
        await using var db = portal.CreateDbContext();
        var (id, name) = await TopDistrictAsync(db);

        var page = (await db.EntityPageAsync(EntityKind.District, name, 1, measure: null, measures: true, Ct))!;

        Assert.Equal(id, page.Id);
        Assert.Equal((await db.TotalsAsync(Ct)).Version, page.Version);
        Assert.Equal(await db.EntityStats.Where(s => s.EntityId == id).Select(s => s.Articles).SingleAsync(Ct), page.Articles);
        var listed = await db.ListAsync(new ArticleFilter(District: name), [id], 1, EntityPageQuery.PageSize, Ct);
        Assert.Equal(listed.Items.Select(Flat), page.Cards.Select(Flat));
        // The newest figures of the articles that name it, in the order of its links.
        var newest = await (from link in db.ArticleEntities
                            where link.EntityId == id
                            join m in db.Metrics on link.ArticleId equals m.ArticleId
                            orderby link.PublishedOn descending, link.ArticleId descending, m.Offset
                            select m).Take(EntityPageQuery.FigureCount).Select(FigureRow.FromMetric).ToListAsync(Ct);
        Assert.NotEmpty(newest);
        Assert.Equal(newest, page.Figures);
        // Most reported measures first; the chart follows the first, its newest dated points oldest first.
        var measures = await MeasuresAsync(db, id);
        Assert.NotEmpty(measures);
        Assert.Equal(measures.Take(EntityPageQuery.MeasureLimit), page.Measures);
        Assert.Equal(measures[0], page.Measure);
        Assert.Equal(await PointsAsync(db, id, measures[0]), page.Points);
    }

    [Fact]
    public async Task A_measure_asked_for_is_charted_and_one_it_never_reports_falls_back_to_the_first()
    {
        await using var db = portal.CreateDbContext();
        var (id, name) = await TopDistrictAsync(db);
        var measures = await MeasuresAsync(db, id);
        var last = measures[Math.Min(measures.Count, EntityPageQuery.MeasureLimit) - 1];

        var asked = (await db.EntityPageAsync(EntityKind.District, name, 1, last, measures: true, Ct))!;
        var unknown = (await db.EntityPageAsync(EntityKind.District, name, 1, "没有这个指标", measures: true, Ct))!;
        var none = (await db.EntityPageAsync(EntityKind.District, name, 1, last, measures: false, Ct))!;

        Assert.Equal(last, asked.Measure);
        Assert.Equal(await PointsAsync(db, id, last), asked.Points);
        Assert.Equal(measures[0], unknown.Measure);
        Assert.Empty(none.Measures);
        Assert.Null(none.Measure);
        Assert.Empty(none.Points);
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_and_an_unknown_entity_is_null()
    {
        await using var db = portal.CreateDbContext();
        var (id, name) = await TopDistrictAsync(db);

        var far = (await db.EntityPageAsync(EntityKind.District, name, 99_999, null, measures: false, Ct))!;
        var last = await db.ListAsync(new ArticleFilter(District: name), [id], 99_999, EntityPageQuery.PageSize, Ct);

        Assert.NotEmpty(far.Cards);
        Assert.Equal(last.Items.Select(Flat), far.Cards.Select(Flat));
        Assert.Null(await db.EntityPageAsync(EntityKind.District, "没有这个区", 1, null, measures: true, Ct));
    }

    private static string Flat(ArticleCard c) =>
        $"{c.Id}|{c.Title}|{c.Subtitle}|{c.Source}|{c.PublishedOn}|{c.Kind}|{c.Lead}|{string.Join(",", c.Districts)}|{c.Figures}";

    private static async Task<(long Id, string Name)> TopDistrictAsync(NewsPortalDbContext db)
    {
        var top = await db.EntityStats.Where(s => s.Kind == EntityKind.District && s.Articles > 0)
            .OrderByDescending(s => s.Articles).Select(s => new { s.EntityId, s.Entity.Name }).FirstAsync(Ct);
        return (top.EntityId, top.Name);
    }

    private static Task<List<string>> MeasuresAsync(NewsPortalDbContext db, long id) =>
        db.EntityMeasureStats.Where(s => s.EntityId == id).OrderByDescending(s => s.Figures).ThenBy(s => s.Measure)
            .Select(s => s.Measure).ToListAsync(Ct);

    private static async Task<List<MeasurePoint>> PointsAsync(NewsPortalDbContext db, long id, string measure)
    {
        var newest = await (from f in db.EntityFigures
                            where f.EntityId == id && f.Measure == measure && f.Day > DateOnly.MinValue
                            join m in db.Metrics on f.MetricId equals m.Id
                            orderby f.Day descending, f.ArticleId descending, f.Offset
                            select new MeasurePoint(f.Day, m.Period, m.Value, m.Unit, m.BaseValue, m.BaseUnit))
            .Take(EntityPageQuery.PointCount).ToListAsync(Ct);
        newest.Reverse();
        return newest;
    }
}
