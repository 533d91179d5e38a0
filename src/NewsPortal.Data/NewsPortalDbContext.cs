using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Model;

namespace NewsPortal.Data;

/// <summary>The one unit of work over NewsPortal's PostgreSQL database.</summary>
public sealed class NewsPortalDbContext(DbContextOptions<NewsPortalDbContext> options) : DbContext(options)
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<ArticleEntity> ArticleEntities => Set<ArticleEntity>();
    public DbSet<Metric> Metrics => Set<Metric>();
    public DbSet<IngestedFile> IngestedFiles => Set<IngestedFile>();
    public DbSet<EntityStat> EntityStats => Set<EntityStat>();
    public DbSet<CorpusTotals> CorpusTotals => Set<CorpusTotals>();
    public DbSet<EntityMeasureStat> EntityMeasureStats => Set<EntityMeasureStat>();
    public DbSet<EntityFigure> EntityFigures => Set<EntityFigure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsPortalDbContext).Assembly);
    }
}
