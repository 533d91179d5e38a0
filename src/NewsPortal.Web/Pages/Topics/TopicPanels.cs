using System.Collections.Concurrent;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>
/// Entity pages' topic panels, kept per index generation (<see cref="IArticleStatistics.Generation"/>, as the feeds
/// are): counting a district's 14,000 matches by month and co-mentioned entity, then linking each bar and entity, cost
/// more on every view than the rest of the page, and the answer changes only when the index reopens on new pages. At
/// most <see cref="Capacity"/> entities are kept (all are dropped when full).
/// </summary>
public sealed class TopicPanels(IArticleStatistics statistics, ResultCacheSettings? settings = null)
{
    public const int Capacity = 2000;

    /// <summary>Entities counted per kind: the panel shows <see cref="Cooccurrence.PerKind"/>, district and cluster pages list up to 15 alongside.</summary>
    public const int EntitiesPerKind = 16;

    private readonly ConcurrentDictionary<TopicFilter, (long Generation, TopicPanel Panel)> _panels = new();

    public TopicPanel For(TopicFilter topic)
    {
        if (_panels.TryGetValue(topic, out var kept) && kept.Generation == statistics.Generation)
        {
            return kept.Panel;
        }
        var summary = statistics.Summarize(topic.Request, entitiesPerKind: EntitiesPerKind);
        var panel = new TopicPanel(
            topic,
            summary.Total,
            MonthHistogram.From($"histogram-{topic.Field}", summary.Months, (from, to) => SearchLinks.For("", topic.Filters, from, to)),
            Cooccurrence.From(topic, summary),
            FeedLinks.For(topic.Request),
            summary.Entities);
        if (ResultCacheSettings.Capacity(settings, Capacity) == 0)
        {
            return panel;
        }
        if (_panels.Count >= Capacity)
        {
            _panels.Clear();
        }
        _panels[topic] = (summary.Generation, panel);
        return panel;
    }
}
