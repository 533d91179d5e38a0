using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class LineSplitterTests
{
    [Fact]
    public void Lines_keep_their_offsets_into_the_page_text()
    {
        const string text = "标题\n\n  正文第一行。\n";

        var lines = new LineSplitter().Split(text).Lines;

        Assert.Equal(["标题", "", "正文第一行。", ""], lines.Select(l => l.Text));
        Assert.Equal("正文第一行。", text.Substring(lines[2].Start, lines[2].Length));
        Assert.Equal(1, lines[2].Indent);
    }

    [Fact]
    public void Markdown_heading_marks_are_removed_and_remembered()
    {
        var line = new LineSplitter().Split("## 蔡奇出席汇报会").Lines[0];

        Assert.Equal("蔡奇出席汇报会", line.Text);
        Assert.True(line.MarkedHeading);
    }

    [Fact]
    public void A_dump_hard_wrapped_at_one_width_has_that_wrap_width()
    {
        var prose = string.Concat(Enumerable.Repeat("制造业是实体经济的主体，是重庆的立市之本、强市之基。", 20));
        var wrapped = string.Join('\n', prose.Chunk(17).Select(c => new string(c)));

        Assert.Equal(17, new LineSplitter().Split(wrapped).WrapWidth);
    }

    [Fact]
    public void A_dump_with_one_paragraph_a_line_has_no_wrap_width()
    {
        var lines = Enumerable.Range(0, 12).Select(i => new string('字', 30 + i * 13) + "。");

        Assert.Null(new LineSplitter().Split(string.Join("\n\n", lines)).WrapWidth);
    }
}
