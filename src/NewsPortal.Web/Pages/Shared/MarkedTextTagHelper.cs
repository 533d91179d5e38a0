using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// Renders marked runs as encoded text with &lt;mark&gt; around the marked ones, with no whitespace added
/// between runs (Chinese text would show it as stray spaces).
/// <c>&lt;marked-text runs="..." mark-class="piece piece-{0}" /&gt;</c>: {0} is the run's mark.
/// </summary>
[HtmlTargetElement("marked-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkedTextTagHelper : TagHelper
{
    public IReadOnlyList<MarkedRun> Runs { get; set; } = [];

    public string MarkClass { get; set; } = "mark-{0}";

    /// <summary>Optional: the mark's tooltip, by mark.</summary>
    public Func<int, string?>? MarkTitle { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(new MarkedHtml(Runs, MarkClass, MarkTitle));
    }

    /// <summary>
    /// Writes the runs straight to the response, encoding each slice of the source text in place: a page's
    /// raw text is some hundred runs, and a tag builder and a copy of the text for each cost more than the page.
    /// </summary>
    private sealed class MarkedHtml(IReadOnlyList<MarkedRun> runs, string markClass, Func<int, string?>? markTitle) : IHtmlContent
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
                writer.Write("<mark class=\"");
                encoder.Encode(writer, lastClass);
                writer.Write('"');
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
    }
}
