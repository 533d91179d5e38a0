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
}
