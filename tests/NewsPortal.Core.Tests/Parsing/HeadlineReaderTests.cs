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
    public void A_columns_label_is_not_the_title_beside_a_title_long_enough_to_read_as_a_deck()
    {
        // The title is wider than 36 columns, so it is read as a deck for its length; the label is still not the title.
        var headline = Read("城口县农业农村委员会关于组织开展2026年度腊肉加工示范企业和特色农产品加工园区认定工作的通知\n\n政务公开");

        Assert.Equal("城口县农业农村委员会关于组织开展2026年度腊肉加工示范企业和特色农产品加工园区认定工作的通知", headline.Title);
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

    [Theory]
    [InlineData("铜梁高新区储能产业园开工建设\n\n——总投资50亿元，达产后年产值100亿元")]
    [InlineData("铜梁区推进制造业数字化转型实施方案\n\n（2026—2028年）")]
    [InlineData("铜梁区推进制造业数字化转型实施方案\n\n铜府发〔2026〕12号")]
    [InlineData("铜梁高新区储能产业园开工建设\n\n产业观察")]
    public void A_deck_line_or_a_column_label_after_the_title_is_not_the_title(string text)
    {
        var headline = Read(text);

        Assert.Equal(text[..text.IndexOf('\n')], headline.Title);
        Assert.Equal(HeadlineRole.Title, headline.Units[0].Role);
    }

    [Fact]
    public void Among_lines_without_cues_the_one_naming_its_subject_is_the_title()
    {
        Assert.Equal("綦江齿轮产业产值首次突破百亿元", Read("綦江齿轮产业产值首次突破百亿元\n\n老工业基地焕发新活力").Title);
        Assert.Equal("綦江齿轮产业产值首次突破百亿元", Read("老工业基地焕发新活力\n\n綦江齿轮产业产值首次突破百亿元").Title);
    }

    [Fact]
    public void On_a_page_without_blank_lines_kicker_title_and_deck_printed_together_are_told_apart()
    {
        var page = string.Join('\n', "市委召开全市干部会议传达学习全国两会精神", "突出实干争先 推动新重庆建设取得新成效",
            "袁家军主持并讲话 张轩出席", "会议指出，要把学习贯彻全国两会精神作为当前的重要任务，推动各项工作落地见效。",
            "会议强调，要坚持实干争先，全面完成全年目标任务，奋力推动现代化新重庆建设。",
            "会议要求，各级各部门要加强统筹协调，确保各项部署落到实处，以实际成效检验学习成果。");
        var blocks = Stages.Blocks(page);
        var headline = new HeadlineReader(ParsingKnowledge.Default).Read([blocks[0]], []);

        Assert.False(blocks[0].BlankSeparated);
        Assert.Equal("突出实干争先 推动新重庆建设取得新成效", headline.Title);
        Assert.Equal(["市委召开全市干部会议传达学习全国两会精神", "袁家军主持并讲话 张轩出席"], headline.Subtitles.Select(u => u.Text));
    }

    [Fact]
    public void On_a_page_without_blank_lines_a_chair_line_under_a_lone_title_is_the_titles_second_part()
    {
        string[] body =
        [
            "会议指出，要把稳就业摆在更加突出的位置，推动各项政策落地见效。",
            "会议强调，要抓好岁末年初各项工作，加强重要民生商品保障供应。",
            "会议要求，各级各部门要加强统筹协调，确保各项部署落到实处。",
        ];
        var alone = Stages.Blocks(string.Join('\n', ["市政府召开第12次常务会议", "王建华主持", .. body]));
        var underTitle = Stages.Blocks(string.Join('\n', ["加 快 推 动 数 字 经 济 发 展", "全力打造数字产业新高地", "王建华讲话", .. body]));
        var reader = new HeadlineReader(ParsingKnowledge.Default);

        Assert.Equal("市政府召开第12次常务会议 王建华主持", reader.Read([alone[0]], []).Title);
        var deck = reader.Read(underTitle.TakeWhile(b => !b.Text.Contains('，')).ToList(), []).Units[^1];
        Assert.Equal(("王建华讲话", HeadlineRole.Deck), (deck.Text, deck.Role));
    }

    [Fact]
    public void Spaced_out_letters_cut_by_a_wrap_stay_in_their_headline()
    {
        var page = string.Join('\n', "加 快 推 动 制 造 业 高", " 质 量 发 展", "全力打造国家重要先进制造业中心", "",
            "本报讯 （记者 王明）4月21日，重庆市推动制造业高质", "量发展大会召开。会议指出，要坚持把", "制造业高质量发展放在更加突出的位置。");
        var blocks = Stages.Blocks(page);

        Assert.Equal("加快推动制造业高质量发展全力打造国家重要先进制造业中心", HanText.Key(new HeadlineReader(ParsingKnowledge.Default).Read([blocks[0]], []).Title));
    }
}
