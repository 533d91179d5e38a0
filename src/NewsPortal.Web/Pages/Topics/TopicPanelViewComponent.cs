using Microsoft.AspNetCore.Mvc;
using NewsPortal.Core.Pages;
using NewsPortal.Search;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>
/// What every entity page adds for following it over time: articles per month (each bar opens that month's articles),
/// the entities named alongside it, and its Atom feed. One pass over the index; the page itself stays as it was.
/// </summary>
public sealed class TopicPanelViewComponent(IArticleStatistics statistics) : ViewComponent
{
    public IViewComponentResult Invoke(EntityKind kind, string name)
    {
        var topic = new TopicFilter(kind, name);
        var summary = statistics.Summarize(topic.Request, entitiesPerKind: Cooccurrence.PerKind + 1);
        string feed = FeedLinks.For(topic.Request);
        FeedLinks.Announce(HttpContext, feed, $"{topic.Label} · 最新文章");
        return View(new TopicPanel(
            topic,
            summary.Total,
            MonthHistogram.From($"histogram-{topic.Field}", summary.Months, (from, to) => SearchLinks.For("", topic.Filters, from, to)),
            Cooccurrence.From(topic, summary),
            feed));
    }
}

public sealed record TopicPanel(TopicFilter Topic, int Total, MonthHistogram Histogram, Cooccurrence Cooccurrence, string FeedHref);
