using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using NewsPortal.Search;

namespace NewsPortal.Web.Pages.Topics;

/// <summary>Articles per month as bars, each a link to the list narrowed to its month (drawn as SVG by _MonthHistogram: no script).</summary>
public sealed record MonthHistogram(string Id, IReadOnlyList<MonthBar> Bars)
{
    /// <summary>The drawing's own units; the SVG scales to the width of its column.</summary>
    public const int Width = 800;
    public const int Height = 110;
    public const int LabelSpace = 20;

    public int Max { get; } = Bars.Count == 0 ? 1 : Math.Max(1, Bars.Max(b => b.Count)); // once, not once a bar

    private double Step => (double)Width / Math.Max(1, Bars.Count);

    public int X(int index) => (int)Math.Round(index * Step);

    /// <summary>Bars fill four fifths of their slot, at most 60 units wide, at least one.</summary>
    public int BarWidth => Math.Clamp((int)(Step * 0.8), 1, 60);

    public int BarHeight(MonthBar bar) => bar.Count == 0 ? 0 : Math.Max(2, (int)Math.Round((double)bar.Count / Max * Height));

    /// <summary>A label under about eight bars, evenly spaced.</summary>
    public bool Labelled(int index) => index % Math.Max(1, (int)Math.Ceiling(Bars.Count / 8.0)) == 0;

    /// <summary>Bars for months counted oldest first, gaps filled with zero; <paramref name="href"/> gives a month's narrowed list.</summary>
    public static MonthHistogram From(string id, IEnumerable<FacetValue> months, Func<DateOnly, DateOnly, string> href) =>
        From(id, months, (from, to) => new StringHtmlContent(href(from, to)));

    /// <summary>Bars whose links are <paramref name="undated"/> (a link with a query string or none) narrowed by <c>from</c> and <c>to</c>.</summary>
    public static MonthHistogram From(string id, IEnumerable<FacetValue> months, string undated) =>
        From(id, months, (from, to) => new DatedHref(undated, from, to));

    private static MonthHistogram From(string id, IEnumerable<FacetValue> months, Func<DateOnly, DateOnly, IHtmlContent> href)
    {
        var counts = months.ToDictionary(m => m.Value, m => m.Count, StringComparer.Ordinal);
        var bars = SearchLinks.MonthsBetween(counts.Keys).Select(month =>
        {
            var (from, to) = SearchLinks.Month(month);
            return new MonthBar(month, counts.GetValueOrDefault(month), href(from, to));
        }).ToList();
        return new MonthHistogram(id, bars);
    }

    /// <summary>
    /// A bar's link written into the page as it is sent: the shared part encoded there, the dates (digits and dashes)
    /// as they are. A search page draws dozens of bars, and each link built as a string, then copied HTML-encoded, was
    /// garbage the page's every request made.
    /// </summary>
    private sealed class DatedHref(string undated, DateOnly from, DateOnly to) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            encoder.Encode(writer, undated);
            writer.Write(undated.Contains('?') ? "&amp;from=" : "?from=");
            WriteDay(writer, from);
            writer.Write("&amp;to=");
            WriteDay(writer, to);
        }

        private static void WriteDay(TextWriter writer, DateOnly day)
        {
            Span<char> text = stackalloc char[10];
            day.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(text[..written]);
        }
    }
}

/// <summary>One month's bar; <see cref="Href"/> is the link to the list narrowed to that month, written as an attribute value.</summary>
public sealed record MonthBar(string Month, int Count, IHtmlContent Href);
