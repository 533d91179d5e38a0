using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Razor.TagHelpers;
using NewsPortal.Search.Highlighting;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Tests.Pages.Shared;

public sealed class MarkedTextTests
{
    [Fact]
    public void Marked_ranges_become_runs_between_plain_text()
    {
        var runs = MarkedText.Mark("产值增长12%，投资30亿元", [new(4, 3, 0), new(11, 4, 1)]);

        Assert.Equal([new("产值增长", null), new("12%", 0), new("，投资3", null), new("0亿元", 1)], runs);
    }

    [Fact]
    public void Overlapping_and_out_of_range_ranges_are_clipped_not_thrown()
    {
        var runs = MarkedText.Mark("abcdef", [new(1, 3, 0), new(2, 2, 1), new(5, 10, 2), new(-3, 1, 3)]);

        Assert.Equal("abcdef", string.Concat(runs.Select(r => r.Text)));
        Assert.Equal([new("a", null), new("bcd", 0), new("e", null), new("f", 2)], runs);
    }

    [Fact]
    public void Lines_split_runs_at_line_breaks_keeping_their_marks()
    {
        var lines = MarkedText.Lines(MarkedText.Mark("第一段\n第二段", [new(2, 3, 7)]));

        Assert.Equal(2, lines.Count);
        Assert.Equal([new("第一", null), new("段", 7)], lines[0]);
        Assert.Equal([new("第", 7), new("二段", null)], lines[1]);
    }

    [Fact]
    public void Runs_are_slices_of_the_text_not_copies()
    {
        const string text = "产值增长12%，投资30亿元";

        var runs = MarkedText.Mark(text, [new(4, 3, 0)]);

        Assert.All(runs, r => Assert.Same(text, r.Source));
        Assert.Equal([(0, 4), (4, 3), (7, 7)], runs.Select(r => (r.Start, r.Length)));
    }

    [Fact]
    public void The_tag_helper_encodes_the_text_and_wraps_marked_runs_with_their_class_and_title()
    {
        var runs = MarkedText.Mark("<b>增长12%</b>\n&", [new(5, 3, 2)]);
        var helper = new MarkedTextTagHelper { Runs = runs, MarkClass = "figure f-{0}", MarkTitle = m => m == 2 ? "增速 \"同比\"" : null };
        var output = new TagHelperOutput("marked-text", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

        helper.Process(new TagHelperContext([], new Dictionary<object, object>(), "id"), output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);

        Assert.Equal("&lt;b&gt;&#x589E;&#x957F;<mark class=\"figure f-2\" title=\"&#x589E;&#x901F; &quot;&#x540C;&#x6BD4;&quot;\">12%</mark>&lt;/b&gt;&#xA;&amp;", writer.ToString());
    }

    [Fact]
    public void Search_matches_are_bare_marks_around_the_encoded_text_of_a_hit()
    {
        var title = new HighlightedText("<script>alert(1)</script> 网页安全提示", [new(26, 30)]);

        string html = new MarkedHtml(MarkedText.Of(title), markClass: "").ToHtml(HtmlEncoder.Create(UnicodeRanges.All));

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>网页安全</mark>提示", html);
    }
}
