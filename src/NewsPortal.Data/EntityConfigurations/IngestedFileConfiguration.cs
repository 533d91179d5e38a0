using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class IngestedFileConfiguration : IEntityTypeConfiguration<IngestedFile>
{
    public void Configure(EntityTypeBuilder<IngestedFile> builder)
    {
        builder.ToTable("ingested_files");
        builder.Property(f => f.Path).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.Status).HasConversion<string>();
        builder.Property(f => f.Figures).HasColumnName("metrics");

        // Ingestion asks "have I seen this content / this path?" before parsing.
        builder.HasIndex(f => f.Sha256);
        builder.HasIndex(f => f.Path);
        // The status page lists failures, then the latest files, each newest first.
        builder.HasIndex(f => new { f.Status, f.StartedAt });

        // The log outlives the edition it produced.
        builder.HasOne<Edition>()
            .WithMany()
            .HasForeignKey(f => f.EditionId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
