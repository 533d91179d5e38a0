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
        builder.Property(a => a.Body).IsRequired();
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
        // Trigram index so ILIKE '%…%' over Chinese text can use an index (the search benchmark's baseline).
        builder.HasIndex(a => a.Body)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_articles_body_trgm");

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
