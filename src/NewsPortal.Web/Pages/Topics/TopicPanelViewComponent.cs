using Microsoft.AspNetCore.Mvc;
using NewsPortal.Core.Pages;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>
/// What every entity page adds for following it over time: articles per month (each bar opens that month's articles),
/// the entities named alongside it, and its Atom feed. One pass over the index, kept until the index changes
/// (<see cref="TopicPanels"/>); a page that read the panel already for its own lists passes it in.
/// </summary>
public sealed class TopicPanelViewComponent(TopicPanels panels) : ViewComponent
{
    public IViewComponentResult Invoke(EntityKind kind, string name, TopicPanel? panel = null)
    {
        panel ??= panels.For(new TopicFilter(kind, name));
        FeedLinks.Announce(HttpContext, panel.FeedHref, $"{panel.Topic.Label} · 最新文章");
        return View(panel);
    }
}

/// <param name="Entities">The entities named in the topic's articles, per kind (facet key), at most <see cref="TopicPanels.EntitiesPerKind"/>, most articles first.</param>
public sealed record TopicPanel(TopicFilter Topic, int Total, MonthHistogram Histogram, Cooccurrence Cooccurrence, string FeedHref,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Entities)
{
    /// <summary>Articles per month (yyyy-MM), oldest first, months without one included.</summary>
    public IReadOnlyList<(string Month, int Articles)> Months => [.. Histogram.Bars.Select(b => (b.Month, b.Count))];

    /// <summary>The entities of one kind named in the same articles as the topic (itself left out), most articles first.</summary>
    public IReadOnlyList<EntityCount> Alongside(EntityKind kind, int take) => [.. (Entities.GetValueOrDefault(Labels.Key(kind)) ?? [])
        .Where(v => !(kind == Topic.Kind && v.Value == Topic.Name))
        .Take(take)
        .Select(v => new EntityCount(v.Value, v.Count, Mentions: 0))];
}
