using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Model;

/// <summary>A district, cluster, industry, organisation or person, stored once under its canonical name.</summary>
public sealed class Entity
{
    public long Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<ArticleEntity> Articles { get; set; } = [];
}

/// <summary>An article speaks of an entity, this many times.</summary>
public sealed class ArticleEntity
{
    public long ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public long EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
    public int Mentions { get; set; }
    /// <summary>The article's publication date, copied so that an entity's articles are listed by date from the link's index.</summary>
    public DateOnly? PublishedOn { get; set; }
}
