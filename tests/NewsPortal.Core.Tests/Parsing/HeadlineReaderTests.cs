using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class HeadlineReaderTests
{
    private static Headline Read(string text)
    {
        var blocks = Stages.Blocks(text);
        return new HeadlineReader(ParsingKnowledge.Default).Read(blocks, []);
    }

    [Fact]
    public void Kicker_and_deck_around_the_title_become_subtitles()
    {
        var headline = Read("## 习近平在听取海南省委和省政府工作汇报时强调\n\n紧紧围绕建设战略定位  \n奋力谱写现代化篇章\n\n## 蔡奇出席汇报会");

        Assert.Equal("紧紧围绕建设战略定位 奋力谱写现代化篇章", headline.Title);
        Assert.Equal(["习近平在听取海南省委和省政府工作汇报时强调", "蔡奇出席汇报会"], headline.Subtitles.Select(u => u.Text));
    }

    [Fact]
    public void A_kicker_printed_on_the_title_line_is_cut_off()
    {
        var headline = Read("袁家军在大会上强调 乘势而上 实干争先 扎实推动制造强市建设\n\n胡衡华主持 王炯出席");

        Assert.Equal("乘势而上 实干争先 扎实推动制造强市建设", headline.Title);
        Assert.Equal(HeadlineRole.Kicker, headline.Units[0].Role);
        Assert.Equal(HeadlineRole.Deck, headline.Units[^1].Role);
    }

    [Fact]
    public void Without_cues_the_title_is_the_line_after_the_kicker()
    {
        var headline = Read("市委召开全市领导干部会议传达学习贯彻全国两会精神\n\n突出千字当头唯实争先 推动现代化新重庆建设\n\n袁家军主持并讲话 张轩出席");

        Assert.Equal("突出千字当头唯实争先 推动现代化新重庆建设", headline.Title);
    }

    [Fact]
    public void A_long_deck_line_is_not_the_title()
    {
        var headline = Read("市委常委会举行会议\n\n深入学习贯彻习近平总书记重要讲话精神 研究部署我市外事工作和基础设施投融资改革等\n\n市委书记袁家军主持并讲话");

        Assert.Equal("市委常委会举行会议", headline.Title);
    }

    [Fact]
    public void Spaced_out_headline_characters_are_closed_up()
    {
        var headline = Read("加 快 推 动 制 造 业 高 质 量 发 展");

        Assert.Equal("加快推动制造业高质量发展", headline.Title);
    }
}
