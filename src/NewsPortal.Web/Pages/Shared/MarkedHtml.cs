using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// Marked runs as HTML: each slice of the source text encoded in place, &lt;mark&gt; around the marked ones
/// (with the class <paramref name="markClass"/>, {0} being the mark; none when it is empty). The one renderer of
/// marked text: pages use it through &lt;marked-text&gt;, the search feed for its summaries. A page's raw text is
/// some hundred runs, and a tag builder and a copy of the text for each would cost more than the page.
/// </summary>
public sealed class MarkedHtml(IReadOnlyList<MarkedRun> runs, string markClass, Func<int, string?>? markTitle = null) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var (lastMark, lastClass) = (-1, "");
        foreach (var run in runs)
        {
            if (run.Mark is not { } mark)
            {
                encoder.Encode(writer, run.Source, run.Start, run.Length);
                continue;
            }
            if (mark != lastMark)
            {
                (lastMark, lastClass) = (mark, string.Format(CultureInfo.InvariantCulture, markClass, mark));
            }
            writer.Write("<mark");
            if (lastClass.Length > 0)
            {
                writer.Write(" class=\"");
                encoder.Encode(writer, lastClass);
                writer.Write('"');
            }
            if (markTitle?.Invoke(mark) is { Length: > 0 } title)
            {
                writer.Write(" title=\"");
                encoder.Encode(writer, title);
                writer.Write('"');
            }
            writer.Write('>');
            encoder.Encode(writer, run.Source, run.Start, run.Length);
            writer.Write("</mark>");
        }
    }

    /// <summary>The HTML as a string, for documents that carry HTML as text (an Atom summary).</summary>
    public string ToHtml(HtmlEncoder encoder)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(writer, encoder);
        return writer.ToString();
    }
}
