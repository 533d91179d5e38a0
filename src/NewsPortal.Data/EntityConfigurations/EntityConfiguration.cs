using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.ToTable("entities");
        builder.Property(e => e.Kind).HasConversion<string>();
        builder.Property(e => e.Name).IsRequired();
        builder.Property(e => e.Aliases).HasColumnType("text[]");

        // Also serves filters by kind alone (leading column), so no separate index on kind.
        builder.HasIndex(e => new { e.Kind, e.Name }).IsUnique();
        // By name whatever the kind: ingestion looks up every name a page mentions (and each figure's subject)
        // this way, and without it each page scanned the whole table.
        builder.HasIndex(e => e.Name);

        // An entity that articles still mention cannot be deleted: unlink first.
        builder.HasMany(e => e.Articles)
            .WithOne(l => l.Entity)
            .HasForeignKey(l => l.EntityId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
