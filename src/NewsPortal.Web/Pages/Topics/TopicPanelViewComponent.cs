using Microsoft.AspNetCore.Mvc;
using NewsPortal.Core.Pages;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>
/// What every entity page adds for following it over time: articles per month (each bar opens that month's articles),
/// the entities named alongside it, and its Atom feed. One pass over the index, kept until the index changes
/// (<see cref="TopicPanels"/>); the page itself stays as it was.
/// </summary>
public sealed class TopicPanelViewComponent(TopicPanels panels) : ViewComponent
{
    public IViewComponentResult Invoke(EntityKind kind, string name)
    {
        var panel = panels.For(new TopicFilter(kind, name));
        FeedLinks.Announce(HttpContext, panel.FeedHref, $"{panel.Topic.Label} · 最新文章");
        return View(panel);
    }
}

public sealed record TopicPanel(TopicFilter Topic, int Total, MonthHistogram Histogram, Cooccurrence Cooccurrence, string FeedHref);
