using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class BlockClassifierTests
{
    [Theory]
    [InlineData("（下转2版）", nameof(BlockKind.ContinuesOn))]
    [InlineData("(上接1版)", nameof(BlockKind.ContinuedFrom))]
    [InlineData("□ 重庆日报记者 王翔", nameof(BlockKind.OpeningByline))]
    [InlineData("新重庆-重庆日报记者 杨帆 王天翎", nameof(BlockKind.ClosingByline))]
    [InlineData("通讯员 龚长浩 摄/视觉重庆", nameof(BlockKind.ClosingByline))]
    [InlineData("2版刊登本报评论员文章", nameof(BlockKind.Notice))]
    [InlineData("微信公众号", nameof(BlockKind.Furniture))]
    [InlineData("【编者按】", nameof(BlockKind.Standfirst))]
    [InlineData("新华社北京12月16日电（记者 张晓洁）记者16日获悉，名单公布。", nameof(BlockKind.Lead))]
    [InlineData("新渝报讯(记者 刘星)12月17日,会议召开。", nameof(BlockKind.Lead))]
    [InlineData("据新华社电 国家发展改革委近日印发通知，部署新一轮设备更新工作。", nameof(BlockKind.Lead))]
    [InlineData("- 1 新能源汽车安全车身产业创新综合体", nameof(BlockKind.ListItems))]
    [InlineData("●12月24日，市公安局举行仪式。（记者 周松）", nameof(BlockKind.ListItems))]
    [InlineData("2. 设计、生产、物流等环节实现数据贯通，关键工序数控化率不低于70%。", nameof(BlockKind.ListItems))]
    [InlineData("12.5%，东盟继续保持重庆第一大贸易伙伴地位；对共建“一带一路”国家进出口增长9.8%。", nameof(BlockKind.Body))]
    [InlineData("2024年国家先进制造业集群名单公布", nameof(BlockKind.Headline))]
    [InlineData("垫江：“文旅+”业态赋能乡村振兴", nameof(BlockKind.Headline))]
    [InlineData("这份国家承诺清单，每一位公民都享有", nameof(BlockKind.Headline))]
    [InlineData("会议以视频方式举行。", nameof(BlockKind.Body))]
    [InlineData("袁家军指出,学习好贯彻好全国两会", nameof(BlockKind.Body))]
    [InlineData("一、奋力开启制造业高质量发展新征程", nameof(BlockKind.Body))]
    [InlineData("重庆日报：今年铜梁区在推动制造业高质量发展方面成效如何？", nameof(BlockKind.Body))]
    [InlineData("本报评论员", nameof(BlockKind.ClosingByline))]
    [InlineData("本报特约评论员 林海", nameof(BlockKind.ClosingByline))]
    [InlineData("（来源：铜梁区融媒体中心）", nameof(BlockKind.ClosingByline))]
    [InlineData("联系人：区经济信息委产业科 王明", nameof(BlockKind.ClosingByline))]
    [InlineData("重庆市某某区人民政府办公室　2024年5月6日", nameof(BlockKind.ClosingByline))]
    [InlineData("“以前我们只能把果子晒干了卖，现在企业保底收", nameof(BlockKind.Body))]
    [InlineData("为推动全区食品产业提档升级（以下简称提档", nameof(BlockKind.Body))]
    [InlineData("江津区花椒产业提质增效实施方案（2026—2028年）", nameof(BlockKind.Headline))]
    public void Block_kinds_follow_shape_and_cues(string text, string expected) =>
        Assert.Equal(Enum.Parse<BlockKind>(expected), Stages.Classified("\n" + text + "\n").Single().Kind);

    [Fact]
    public void A_short_block_set_apart_by_blank_lines_is_a_caption()
    {
        var blocks = Stages.Classified("正文一段。\n\n\n\n俯瞰项目现场，厂房主体结构已全部完工。\n\n\n\n正文二段。");

        Assert.Equal(BlockKind.Caption, blocks[1].Kind);
    }

    [Theory]
    [InlineData("□ 本报记者 李明 文/图", nameof(BlockKind.Caption))]
    [InlineData("□ 本报记者 李明 摄", nameof(BlockKind.Caption))]
    [InlineData("□ 本报记者 李明", nameof(BlockKind.Body))]
    public void On_a_page_without_blank_lines_a_short_sentence_over_a_photo_credit_is_its_caption(string byline, string expected)
    {
        var blocks = Stages.Classified(
            "上一篇文章的最后一段写完了，企业负责人表示将继续扩大生产规模。\n"
            + "航拍新建的物流园区，仓库主体已经全部封顶。\n"
            + byline + "\n"
            + "机器轰鸣、车辆往来，这段时间，位于园区的物流项目建设现场一派繁忙景象。\n");

        Assert.Equal(Enum.Parse<BlockKind>(expected), blocks[1].Kind);
    }

    [Theory]
    [InlineData("图为园区新建的智能化物流仓库，仓库面积超过五万平方米。", true)]
    [InlineData("园区将继续完善配套设施，推动上下游企业集聚发展。", false)]
    public void Without_blank_lines_two_sentences_printed_wider_than_the_column_with_a_caption_cue_are_one_caption(string second, bool caption)
    {
        var filler = Stages.Wrap(string.Concat(Enumerable.Repeat("园区今年新签约项目三十个，总投资超过两百亿元。", 6)), 17);
        var first = "三年来，园区累计引进物流企业四十二家，带动就业一万余人，年营收超过八十亿元。";

        var blocks = Stages.Classified(filler + "\n" + first + "\n" + second + "\n" + filler);

        var block = blocks.Single(b => b.Text.StartsWith("三年来"));
        Assert.Equal(caption, block.Kind == BlockKind.Caption && block.Text.EndsWith(second));
    }

    [Fact]
    public void A_clause_cut_mid_word_is_body_not_a_headline()
    {
        var blocks = Stages.Classified("全区新入选中国企业名单。\n\n其三是主体壮大，全区新入选中\n\n国500强制造业企业2户。");

        Assert.Equal(BlockKind.Body, blocks[1].Kind);
    }

    [Theory]
    [InlineData("材料、生物医药等领域，平均研发投入强度达到6%。", nameof(BlockKind.Body))]
    [InlineData("今年以来，园区平均研发投入强度达到6%。", nameof(BlockKind.Headline))]
    public void A_list_left_under_way_over_its_next_item_is_body_not_a_headline(string next, string expected)
    {
        var blocks = Stages.Classified("园区企业数量达到两百家。\n\n入驻企业主要集中在智能装备、新能源、新\n\n" + next);

        Assert.Equal(Enum.Parse<BlockKind>(expected), blocks[1].Kind);
    }

    [Theory]
    [InlineData("入驻企业主要集中在智能装备、新能源、生物医药等", nameof(BlockKind.Body))]
    [InlineData("入驻企业主要集中在智能装备、新能源、生物医药", nameof(BlockKind.Headline))]
    public void A_list_ending_with_a_letter_that_needs_what_follows_is_body_not_a_headline(string clause, string expected)
    {
        var blocks = Stages.Classified("园区企业数量达到两百家。\n\n" + clause + "\n\n领域，平均研发投入强度达到6%。");

        Assert.Equal(Enum.Parse<BlockKind>(expected), blocks[1].Kind);
    }
}
