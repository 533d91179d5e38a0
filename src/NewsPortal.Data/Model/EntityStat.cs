using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Model;

/// <summary>
/// How much the papers say about one entity: articles that mention it, mentions, and figures in those articles.
/// Maintained by the database (triggers log changes, <c>fold_stat_deltas()</c> folds them in after each ingestion
/// flush), so that counts and top-N lists cost the same at any corpus size.
/// </summary>
public sealed class EntityStat
{
    public long EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
    public EntityKind Kind { get; set; }
    public int Articles { get; set; }
    public int Mentions { get; set; }
    public int Figures { get; set; }
}
