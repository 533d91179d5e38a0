using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Data.Model;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The figures of the articles that speak of one entity, their newest first: the entity page's preview, measures
/// and chart. Read in the order of the entity's links (an index-only walk of (entity, date, article)), each article's
/// figures by its id, stopping once enough are found; the figures page's filter (which also takes figures whose
/// subject is the entity in articles that never name it) would walk every article newest first.
/// </summary>
public static class EntityFigures
{
    public static IQueryable<Metric> NewestIn(this NewsPortalDbContext db, long entityId, string? measure = null)
    {
        var metrics = db.Metrics.AsNoTracking();
        if (!string.IsNullOrEmpty(measure))
        {
            metrics = metrics.Where(m => m.Measure == measure);
        }
        return from link in db.ArticleEntities.AsNoTracking()
               where link.EntityId == entityId
               join m in metrics on link.ArticleId equals m.ArticleId
               orderby link.PublishedOn descending, link.ArticleId descending, m.Offset
               select m;
    }
}
