using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.Property(a => a.Title).IsRequired();
        builder.Property(a => a.Body).IsRequired().UseCompressionMethod("lz4");
        builder.Property(a => a.Kind).HasConversion<string>();
        builder.Property(a => a.Subtitles).HasColumnType("text[]");
        builder.Property(a => a.Reporters).HasColumnType("text[]");
        builder.Property(a => a.Paragraphs)
            .HasColumnType("jsonb")
            .HasConversion(ParagraphSourcesJson.Converter, ParagraphSourcesJson.Comparer);

        // One article per slot of a page; also serves lookups by edition.
        builder.HasIndex(a => new { a.EditionId, a.Position }).IsUnique();
        builder.HasIndex(a => a.PublishedOn);
        builder.HasIndex(a => a.Source);
        builder.HasIndex(a => a.Kind);
        // No trigram index on the body: search is Lucene's job, and a GIN index over every article's text cost
        // ingestion about a fifth of its PostgreSQL time (docs/benchmarks.md). The search benchmark builds one
        // on its own database for its ILIKE baseline.

        builder.HasMany(a => a.Entities)
            .WithOne(l => l.Article)
            .HasForeignKey(l => l.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Metrics)
            .WithOne(m => m.Article)
            .HasForeignKey(m => m.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
