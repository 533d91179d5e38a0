using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Api;

public static class FiguresApi
{
    public static void MapFiguresApi(this RouteGroupBuilder api) =>
        api.MapGet("/figures", ListAsync).WithName("ListFigures").WithSummary("Reported figures, filtered and paged like the /figures page.");

    public sealed record FigureQuery(
        string? District, string? Cluster, string? Measure, string? Kind, string? Status, string? Period, string? Sort, int? Page, int? PageSize);

    private static async Task<Paged<FigureRow>> ListAsync([AsParameters] FigureQuery q, NewsPortalDbContext db, CancellationToken ct)
    {
        var filter = new FigureFilter(q.District, q.Cluster, q.Measure, Labels.Parse<FigureKind>(q.Kind), Labels.Parse<FigureStatus>(q.Status), q.Period, q.Sort);
        filter = await filter.ResolveAsync(db, ct);
        var query = filter.Apply(db.Metrics.AsNoTracking());
        var paging = await Paging.CountCapped(filter.Filter(db.Metrics.AsNoTracking()), q.Page ?? 1, Math.Clamp(q.PageSize ?? 50, 1, 500), ct);
        return new(await query.Skip(paging.Skip).Take(paging.PageSize).Select(FigureRow.FromMetric).ToListAsync(ct), paging);
    }
}
