namespace NewsPortal.Data.Model;

/// <summary>
/// How often the papers give a measure about one entity, and its newest figure: the figures with that measure in
/// the articles naming the entity, and those whose subject it is in articles that do not name it (each figure once).
/// Maintained by the database like <see cref="EntityStat"/> (triggers log changes, <c>fold_measure_deltas()</c>
/// folds them in), so that the measures two entities share are a join of two short lists at any corpus size.
/// </summary>
public sealed class EntityMeasureStat
{
    public long EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
    public required string Measure { get; set; }
    public int Figures { get; set; }
    /// <summary>The newest of those figures: the latest publication date (undated last), then the highest id.</summary>
    public long LatestMetricId { get; set; }
    /// <summary>The newest figure's publication date (null when its article is undated).</summary>
    public DateOnly? LatestPublishedOn { get; set; }
}
