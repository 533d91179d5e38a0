using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Trends;

/// <summary>A trend for _TrendChart: js/trends.js draws one line per series from the JSON in a data attribute.</summary>
public sealed record TrendChart(string Id, string Title, TrendSeries Trend)
{
    public string Json => DataAttribute.Json(new
    {
        months = Trend.Months,
        series = Trend.Terms.Select(t => new { name = t.Label, counts = t.Counts, perThousand = t.PerThousand, links = t.Links }),
    });
}
