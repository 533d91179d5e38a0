using NewsPortal.Search;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>Articles per month as bars, each a link to the list narrowed to its month (drawn as SVG by _MonthHistogram: no script).</summary>
public sealed record MonthHistogram(string Id, IReadOnlyList<MonthBar> Bars)
{
    public const int BarWidth = 30;
    public const int Gap = 6;
    public const int Height = 110;
    public const int LabelSpace = 34;

    public int Width => Math.Max(1, Bars.Count * (BarWidth + Gap));
    public int Max => Bars.Count == 0 ? 1 : Math.Max(1, Bars.Max(b => b.Count));

    public int BarHeight(MonthBar bar) => Math.Max(2, (int)Math.Round((double)bar.Count / Max * Height));

    /// <summary>A label under about eight bars, evenly spaced.</summary>
    public bool Labelled(int index) => index % Math.Max(1, (int)Math.Ceiling(Bars.Count / 8.0)) == 0;

    /// <summary>Bars for months counted oldest first, gaps filled with zero; <paramref name="href"/> gives a month's narrowed list.</summary>
    public static MonthHistogram From(string id, IEnumerable<FacetValue> months, Func<DateOnly, DateOnly, string> href)
    {
        var counts = months.ToDictionary(m => m.Value, m => m.Count, StringComparer.Ordinal);
        var bars = SearchLinks.MonthsBetween(counts.Keys).Select(month =>
        {
            var (from, to) = SearchLinks.Month(month);
            return new MonthBar(month, counts.GetValueOrDefault(month), href(from, to));
        }).ToList();
        return new MonthHistogram(id, bars);
    }
}

public sealed record MonthBar(string Month, int Count, string Href);
