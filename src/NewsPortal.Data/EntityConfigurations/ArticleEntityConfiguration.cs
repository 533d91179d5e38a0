using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class ArticleEntityConfiguration : IEntityTypeConfiguration<ArticleEntity>
{
    public void Configure(EntityTypeBuilder<ArticleEntity> builder)
    {
        builder.ToTable("article_entities");
        builder.HasKey(l => new { l.ArticleId, l.EntityId });
        // The key leads with article_id; filters by district or cluster start from the entity, and an entity's
        // articles by date (its newest, its months) are an index-only scan of this index.
        builder.HasIndex(l => new { l.EntityId, l.PublishedOn, l.ArticleId });
    }
}
