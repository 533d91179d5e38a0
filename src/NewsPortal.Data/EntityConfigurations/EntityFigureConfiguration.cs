using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class EntityFigureConfiguration : IEntityTypeConfiguration<EntityFigure>
{
    public void Configure(EntityTypeBuilder<EntityFigure> builder)
    {
        builder.ToTable("entity_figures");
        // The key is the pages' order: an entity's figures of a measure by date, article and place are one range.
        // No foreign keys: the rows follow the measure log's, which follows the figures (see EntityFigureRows).
        builder.HasKey(f => new { f.EntityId, f.Measure, f.Day, f.ArticleId, f.Offset, f.MetricId });
        builder.Property(f => f.Measure).IsRequired();
    }
}
