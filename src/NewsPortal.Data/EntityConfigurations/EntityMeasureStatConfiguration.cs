using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class EntityMeasureStatConfiguration : IEntityTypeConfiguration<EntityMeasureStat>
{
    public void Configure(EntityTypeBuilder<EntityMeasureStat> builder)
    {
        builder.ToTable("entity_measure_stats");
        // An entity's measures are one range of the key; the other side of a comparison is a key look-up per measure.
        builder.HasKey(s => new { s.EntityId, s.Measure });
        builder.Property(s => s.Measure).IsRequired();
        builder.HasOne(s => s.Entity).WithMany().HasForeignKey(s => s.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
