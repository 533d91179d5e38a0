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
    [Fact]
    public void A_narrower_column_on_a_typeset_page_without_blank_lines_is_joined_at_its_own_width()
    {
        // Paragraphs of the main columns typeset at 16 to 18 characters, a box of prose between them at 12 to 14.
        string[] main =
        [
            "园区今年新签约项目三十个，总投资超过两百亿元，其中制造业项目占七成，新开工项目二十个。",
            "企业负责人介绍，新生产线投产后，年产值预计增加十五亿元，带动就业岗位八百多个，产品远销东南亚。",
            "下一步，园区将继续优化营商环境，完善配套设施，推动上下游企业集聚发展，打造千亿级产业集群。",
        ];
        var box = "港口去年完成集装箱吞吐量一百二十万标箱，同比增长百分之九，铁海联运班列开行数量再创新高，物流成本持续下降。";
        var page = string.Join('\n', main.SelectMany(p => Typeset(p, [16, 17, 18, 16, 18]))
            .Concat(Typeset(box, [13, 14, 12, 14]))
            .Concat(main.SelectMany(p => Typeset(p, [17, 18, 16, 18, 16]))));

        var lines = Stages.Lines(page);

        Assert.Equal(17, lines.Profile.WrapWidth);
        Assert.Equal([.. main, box, .. main], lines.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("制、完善服务体系，加快推进重点项目建设。", true)]
    [InlineData("品，完善服务体系，加快推进重点项目建设。", false)]
    public void Without_blank_lines_a_short_line_goes_on_into_the_end_of_the_word_it_cut(string rest, bool oneParagraph)
    {
        // "…合作机" + "制、…" makes 机制; "…合作机" + "品，…" makes no word: that text was cut from elsewhere.
        var filler = string.Concat(Enumerable.Repeat("园区今年新签约项目三十个，总投资超过两百亿元。", 6));
        var page = Stages.Wrap(filler, 17) + "\n两地企业建立长效合作机\n" + Stages.Wrap(rest, 17) + "\n" + Stages.Wrap(filler, 17);

        var lines = Stages.Lines(page).Lines.Select(l => l.Text).ToList();

        Assert.Equal(oneParagraph, lines.Contains("两地企业建立长效合作机" + rest));
    }

    [Theory]
    [InlineData("主要负责人说。", true)]
    [InlineData("主要负责人介绍，园区将继续完善配套。", true)]
    [InlineData("全区农产品加工企业已达一百二十家，年产值超过五十亿元。", false)]
    public void Without_blank_lines_a_cut_speaker_goes_on_into_the_rest_of_the_name_unless_the_page_finishes_it_elsewhere(string next, bool joined)
    {
        // The quote's full last line ends with the speaker cut ("…”园区管委会"); the page opens exactly one other
        // paragraph with a name's rest ("明说，…"). A line reaching a verb of saying is the speaker's rest all the same.
        var filler = string.Concat(Enumerable.Repeat("园区今年新签约项目三十个，总投资超过两百亿元。", 6));
        var quote = "“我们要让更多农产品就地加工增值，带动更多农民增收致富。”园区管委会";
        var page = string.Join('\n', Stages.Wrap(filler, 17), Stages.Wrap(quote, 17), Stages.Wrap(next, 17),
            Stages.Wrap(filler, 17), "明说，分级销售后，优质果每斤售价比", "统货高出1元左右。");

        var lines = Stages.Lines(page).Lines.Select(l => l.Text).ToList();

        Assert.Equal(joined, lines.Contains(quote + next));
    }

    /// <summary>A paragraph cut into lines whose lengths cycle through the given widths, as a typeset column prints it.</summary>
    private static IEnumerable<string> Typeset(string paragraph, int[] widths)
    {
        for (int at = 0, i = 0; at < paragraph.Length; at += widths[i++ % widths.Length])
            yield return paragraph.Substring(at, Math.Min(widths[i % widths.Length], paragraph.Length - at));
    }
}
