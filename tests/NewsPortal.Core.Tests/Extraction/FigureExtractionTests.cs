using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class FigureExtractionTests
{
    private static IReadOnlyList<Figure> Figures(string body, string title = "") =>
        new ArticleExtractor().Extract(new ParsedArticle { Title = title, Paragraphs = [new Paragraph(body, [])] }).Figures;

    [Theory]
    [InlineData("今年前三季度，永川区实现规模以上工业产值1536亿元。", "1536亿元", 1536, "亿元", 153_600_000_000, "元", FigureKind.Amount)]
    [InlineData("全区护理人员达1.8万人。", "1.8万人", 1.8, "万人", 18_000, "人", FigureKind.Count)]
    [InlineData("全年营业收入同比增长7.3%。", "7.3%", 7.3, "%", 7.3, "%", FigureKind.Growth)]
    [InlineData("电子产业产值占全市比重21.5%。", "21.5%", 21.5, "%", 21.5, "%", FigureKind.Share)]
    [InlineData("该县农村电商覆盖率达到64%。", "64%", 64, "%", 64, "%", FigureKind.Percent)]
    [InlineData("比上年提高1.5个百分点。", "1.5个百分点", 1.5, "个百分点", 1.5, "个百分点", FigureKind.Growth)]
    [InlineData("园区已入驻企业120余家。", "120余家", 120, "家", 120, "家", FigureKind.Count)]
    [InlineData("现场共有近2000名观众。", "近2000名", 2000, "名", 2000, "名", FigureKind.Count)]
    [InlineData("新建厂房约12万平方米。", "约12万平方米", 12, "万平方米", 120_000, "平方米", FigureKind.Other)]
    [InlineData("该生产线年产能达到30万吨。", "30万吨", 30, "万吨", 300_000, "吨", FigureKind.Capacity)]
    [InlineData("检修能力为80台/年。", "80台/年", 80, "台/年", 80, "台/年", FigureKind.Capacity)]
    [InlineData("全镇 5432 个农户完成改造。", "5432 个", 5432, "个", 5432, "个", FigureKind.Count)]
    [InlineData("全年产值增长１２．５％。", "１２．５％", 12.5, "%", 12.5, "%", FigureKind.Growth)]
    [InlineData("共发放补贴一千二百万元。", "一千二百万元", 1200, "万元", 12_000_000, "元", FigureKind.Amount)]
    [InlineData("县里新建了三座水库。", "三座", 3, "座", 3, "座", FigureKind.Count)]
    [InlineData("带动就业2.6万。", "2.6万", 2.6, "万", 26_000, "", FigureKind.Count)]
    public void Finds_the_figure_with_its_unit_and_base_value(string body, string span, double value, string unit, double baseValue, string baseUnit, FigureKind kind)
    {
        var figure = Assert.Single(Figures(body));

        Assert.Equal(span, figure.Span);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal((decimal)baseValue, figure.BaseValue);
        Assert.Equal(baseUnit, figure.BaseUnit);
        Assert.Equal(kind, figure.Kind);
    }

    [Theory]
    [InlineData("市政府召开第52次常务会议。")]
    [InlineData("2023年5月8日，会议在永川召开。")]
    [InlineData("今年1—9月，经济运行平稳。")]
    [InlineData("编制“十五五”规划。")]
    [InlineData("构建“6+3”产业体系。")]
    [InlineData("构建\"6+3\"产业体系，落实\"两个确立\"。")]
    [InlineData("印发《推动制造业发展三年行动计划(2024—2026年)》。")]
    [InlineData("T3C航站楼与5G基站同步建设。")]
    [InlineData("两地相距800公里。")]
    [InlineData("该县综合实力排名前5位。")]
    [InlineData("要做好五个方面的工作，落实一项制度。")]
    public void Dates_ordinals_slogans_codes_and_titles_are_not_figures(string body) => Assert.Empty(Figures(body));

    [Theory]
    [InlineData("预计全年产值将突破500亿元。", FigureStatus.Forecast)]
    [InlineData("力争到2028年，全市数字经济规模达到1万亿元。", FigureStatus.Target)]
    [InlineData("到2030年，建成充电桩3万个。", FigureStatus.Target)]
    [InlineData("截至2024年底，全区已建成基站800个。", FigureStatus.Actual)]
    [InlineData("去年全区实现产值800亿元。", FigureStatus.Actual)]
    [InlineData("为确保顺利开通，近500名志愿者参与演练。", FigureStatus.Actual)]
    public void Status_follows_the_nearest_cue(string body, FigureStatus status) =>
        Assert.Equal(status, Assert.Single(Figures(body)).Status);

    [Fact]
    public void A_figure_repeated_from_the_headline_is_listed_once_at_the_headline()
    {
        const string title = "全市快递从业人员达3.2万人";
        var figures = Figures("记者获悉，全市快递从业人员达3.2万人，比上年有所增加。", title);

        var figure = Assert.Single(figures);
        Assert.True(figure.Offset < title.Length);
    }

    [Fact]
    public void Parallel_figures_with_the_same_value_are_all_kept()
    {
        var figures = Figures("到2027年制定50项以上数据标准、50项以上安全标准。");

        Assert.Equal(2, figures.Count);
    }

    [Fact]
    public void A_range_reads_as_its_first_number_and_spans_both()
    {
        var figure = Assert.Single(Figures("每年新增3—5家上市企业。"));

        Assert.Equal(3m, figure.Value);
        Assert.Equal("3—5家", figure.Span);
    }

    [Fact]
    public void A_figure_broken_across_lines_is_read_whole_and_its_span_kept_verbatim()
    {
        var figure = Assert.Single(Figures("累计投入资金36.5\n亿元，用于改造。"));

        Assert.Equal(36.5m, figure.Value);
        Assert.Equal("亿元", figure.Unit);
        Assert.Equal("36.5\n亿元", figure.Span);
    }

    [Fact]
    public void Period_and_subject_come_from_the_sentence()
    {
        var figure = Assert.Single(Figures("今年1—10月，永川区规模以上工业产值1200亿元。"));

        Assert.Equal("今年1—10月", figure.Period);
        Assert.Equal("永川区", figure.Subject);
    }

    [Fact]
    public void The_municipality_is_the_subject_of_a_citywide_figure_but_not_of_a_share_of_it()
    {
        var figures = Figures("全市新增高新技术企业900家。綦江区产值占全市比重12%。");

        Assert.Equal("重庆市", figures[0].Subject);
        Assert.Equal("綦江区", figures[1].Subject);
    }
}
