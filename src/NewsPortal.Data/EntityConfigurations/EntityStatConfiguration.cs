using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class EntityStatConfiguration : IEntityTypeConfiguration<EntityStat>
{
    public void Configure(EntityTypeBuilder<EntityStat> builder)
    {
        builder.ToTable("entity_stats");
        builder.HasKey(s => s.EntityId);
        builder.Property(s => s.Kind).HasConversion<string>();
        // Top-N of a kind, most articles first: an index scan that stops after N.
        builder.HasIndex(s => new { s.Kind, s.Articles, s.Mentions }).IsDescending(false, true, true);
        builder.HasOne(s => s.Entity).WithOne().HasForeignKey<EntityStat>(s => s.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
