using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.ToTable("editions");
        builder.Property(e => e.FileName).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsRequired();
        // lz4 rather than the default pglz: the page text is compressed on every ingest and read on every article page.
        builder.Property(e => e.RawText).IsRequired().UseCompressionMethod("lz4");

        // The same page content is stored once, whatever the file is called.
        builder.HasIndex(e => e.Sha256).IsUnique();
        builder.HasIndex(e => e.FileName);

        builder.HasMany(e => e.Articles)
            .WithOne(a => a.Edition)
            .HasForeignKey(a => a.EditionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
