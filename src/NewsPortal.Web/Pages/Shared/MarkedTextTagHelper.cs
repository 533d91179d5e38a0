using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// Renders marked runs as encoded text with &lt;mark&gt; around the marked ones, with no whitespace added
/// between runs (Chinese text would show it as stray spaces).
/// <c>&lt;marked-text runs="..." mark-class="piece piece-{0}" /&gt;</c>: {0} is the run's mark; an empty mark-class writes a bare &lt;mark&gt; (search matches).
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
}
