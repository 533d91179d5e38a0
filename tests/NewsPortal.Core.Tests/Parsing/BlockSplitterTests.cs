namespace NewsPortal.Core.Tests.Parsing;

public sealed class BlockSplitterTests
{
    [Fact]
    public void Blank_lines_separate_blocks()
    {
        var blocks = Stages.Blocks("第一段。\n\n第二段。\n第二段续。");

        Assert.Equal(["第一段。", "第二段。第二段续。"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Without_blank_lines_each_line_of_an_unwrapped_page_is_a_paragraph_of_its_own()
    {
        var page = string.Join('\n', Enumerable.Range(1, 6).Select(i => $"第{i}段正文，说明有关情况。"));

        Assert.Equal(6, Stages.Blocks(page).Count);
    }

    [Fact]
    public void Without_blank_lines_a_wrapped_paragraph_ends_at_its_short_last_line()
    {
        var paragraphs = Enumerable.Range(1, 4).Select(i => string.Concat(Enumerable.Repeat($"第{i}段加强产业科技创新，下更大气力抓项目投资，", 3)) + "推动发展。").ToList();
        var page = string.Join('\n', paragraphs.Select(p => Stages.Wrap(p, 17)));

        Assert.Equal(paragraphs, Stages.Blocks(page).Select(b => b.Text));
    }

    [Fact]
    public void An_indented_first_line_starts_a_paragraph_when_the_page_indents_its_paragraphs()
    {
        var paragraphs = Enumerable.Range(1, 4).Select(i => string.Concat(Enumerable.Repeat($"第{i}段加强产业科技创新，下更大气力抓项目投资，", 3))).ToList();
        var page = string.Join('\n', paragraphs.Select(p => "\u3000\u3000" + Stages.Wrap(p, 17)));

        Assert.Equal(paragraphs, Stages.Blocks(page).Select(b => b.Text));
    }

    [Fact]
    public void Two_blank_lines_between_paragraphs_count_as_one()
    {
        var page = string.Join("\n\n\n", Enumerable.Range(1, 6).Select(i => $"第{i}段正文，说明有关情况。"));

        Assert.All(Stages.Blocks(page).Skip(1), b => Assert.Equal(1, b.BlankBefore));
    }

    [Fact]
    public void A_byline_stands_alone_even_without_blank_lines()
    {
        var blocks = Stages.Blocks("（下转2版）\n□本报记者 吴刚 申晓佳\n正文开始。");

        Assert.Equal(["（下转2版）", "□本报记者 吴刚 申晓佳", "正文开始。"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_indented_line_starts_a_new_item()
    {
        var blocks = Stages.Blocks("上一篇的最后一句。\n 新华社北京4月21日电 外交部发言人宣布。");

        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void An_open_bracket_carries_an_indented_line_along()
    {
        var blocks = Stages.Blocks("局长出席仪式并讲话。（记者\n 周松）");

        Assert.Single(blocks);
    }

    [Fact]
    public void Paragraph_cut_by_a_column_break_in_a_wrapped_dump_is_one_block_again()
    {
        var first = Stages.Wrap(string.Concat(Enumerable.Repeat("要更加积极推动成渝地区双城经济圈建设，", 6))[..102], 17);
        var filler = string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Stages.Wrap(string.Concat(Enumerable.Repeat("加强产业科技创新，下更大气力抓项目投资。", 3)), 17)));
        var page = filler + "\n\n" + first + "\n\n" + "济圈建设，保护激发市场主体活力。";

        var blocks = Stages.Blocks(page);

        Assert.EndsWith("济圈建设，保护激发市场主体活力。", blocks[^1].Text);
        Assert.StartsWith("要更加积极推动", blocks[^1].Text);
    }
    [Theory]
    [InlineData("9月19日，园区一家数控装备企业的新生产基地在高新区投")]
    [InlineData("12月3日上午，园区一家数控装备企业的新生产基地在高新区投")]
    public void Without_blank_lines_a_sentence_opening_with_its_date_is_not_a_headlines_second_line(string cut)
    {
        var blocks = Stages.Blocks("数控机床产业再添龙头企业\n" + cut);

        Assert.Equal(["数控机床产业再添龙头企业", cut], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Without_blank_lines_a_headline_over_two_lines_stays_one_block()
    {
        var blocks = Stages.Blocks("数控机床产业再添龙头企业\n老工业基地焕发新活力");

        Assert.Single(blocks);
    }
    [Theory]
    [InlineData("记者 王林 实习生 李青\n本报记者 张明", 2)]
    [InlineData("本报记者 张明", 1)]
    public void Without_blank_lines_two_headlines_stacked_over_two_reporters_lines_are_two_blocks(string bylines, int headlineBlocks)
    {
        var blocks = Stages.Blocks("电池包生产线提速\n数控机床产业再添龙头企业\n" + bylines + "\n9月19日，园区一家数控装备企业的新生产基地投产。");

        Assert.Equal(headlineBlocks, blocks.TakeWhile(b => !Stages.Cues.IsByline(b.Text)).Count());
    }
}
