using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class EntityFigureConfiguration : IEntityTypeConfiguration<EntityFigure>
{
    public void Configure(EntityTypeBuilder<EntityFigure> builder)
    {
        // A view of entity_figure_exports' key (migration EntityFiguresViewOfExports), which is the pages' order: an
        // entity's figures of a measure by date, article and place are one range of it. No foreign keys: the rows follow
        // the measure log's, which follows the figures (see EntityFigureRows).
        builder.ToView("entity_figures");
        builder.HasKey(f => new { f.EntityId, f.Measure, f.Day, f.ArticleId, f.Offset, f.MetricId });
        builder.Property(f => f.Measure).IsRequired();
    }
}
