namespace NewsPortal.Data.Model;

/// <summary>
/// One figure about one entity, in the order its pages list them: the figures of <see cref="EntityMeasureStat"/>
/// one by one (the same rule: named by the article, or its subject in an article that does not name it), keyed by
/// entity, measure, date (undated as <c>-infinity</c>), article and place in the article. An entity's figures of one
/// measure, newest or oldest first, are then one range of the key, however common the measure is elsewhere.
/// Maintained by the measure triggers, from the same rows they log (<see cref="Aggregates.MeasureLog"/>).
/// </summary>
public sealed class EntityFigure
{
    public long EntityId { get; set; }
    public required string Measure { get; set; }
    /// <summary>The article's publication date; <see cref="DateOnly.MinValue"/> stands for undated (stored as <c>-infinity</c>).</summary>
    public DateOnly Day { get; set; }
    public long ArticleId { get; set; }
    public int Offset { get; set; }
    public long MetricId { get; set; }
}
