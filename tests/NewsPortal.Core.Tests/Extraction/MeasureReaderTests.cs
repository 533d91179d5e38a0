using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Extraction;

/// <summary>What each figure measures, read from sentences written for these tests (none from the seed pages).</summary>
public sealed class MeasureReaderTests
{
    private static IReadOnlyList<Figure> Figures(string body, DateOnly? eventDate = null) =>
        new ArticleExtractor().Extract(new ParsedArticle { Title = "", Paragraphs = [new Paragraph(body, [])], EventDate = eventDate }).Figures;

    [Theory]
    [InlineData("前三季度，永川区实现规模以上工业产值1536亿元。", "1536亿元", "规模以上工业产值", null)]
    [InlineData("该县规上工业增加值达到86亿元。", "86亿元", "规模以上工业增加值", null)]
    [InlineData("园区已入驻企业120余家。", "120余家", "入驻企业数", "余")]
    [InlineData("现场吸引近2000名观众。", "近2000名", "观众数", "近")]
    [InlineData("新建厂房约12万平方米。", "约12万平方米", "新建厂房面积", "约")]
    [InlineData("园区建成12万平方米标准厂房。", "12万平方米", "标准厂房面积", null)]
    [InlineData("该县新建了三座水库。", "三座", "水库数", null)]
    [InlineData("53岁的李明是村里的带头人。", "53岁", "年龄", null)]
    [InlineData("在占地约300亩的产业园内，工人们正在安装设备。", "约300亩", "产业园占地", "约")]
    public void Reads_the_noun_phrase_a_figure_quantifies(string body, string span, string measure, string? qualifier)
    {
        var figure = Assert.Single(Figures(body), f => f.Span == span);

        Assert.Equal(measure, figure.Measure);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Fact]
    public void A_growth_and_a_share_belong_to_the_figure_before_them()
    {
        var figures = Figures("今年以来，全县完成农产品加工产值85亿元，增长9.2%，占全县工业比重31.5%。");

        Assert.Equal(["农产品加工产值", "农产品加工产值增长", "农产品加工产值占全县工业比重"], figures.Select(f => f.Measure));
        Assert.Equal(["产值", "增速", "占比"], figures.Select(f => f.Family));
    }

    [Fact]
    public void A_rate_after_a_count_is_the_rate_of_what_was_counted()
    {
        var figures = Figures("全镇乡村医生共86人，持证率91%。");

        Assert.Equal("乡村医生持证率", figures[^1].Measure);
    }

    [Fact]
    public void A_figure_that_only_continues_a_list_takes_the_list_s_measure()
    {
        var figures = Figures("数据中心规划机架5000个，已建成3200个。");

        Assert.Equal(figures[0].Measure, figures[1].Measure);
        Assert.EndsWith("机架数", figures[0].Measure);
    }

    [Fact]
    public void Numbers_listed_after_a_verb_measure_the_nouns_they_count()
    {
        var figures = Figures("活动吸引了15家企业、320名学生和60所学校参加。");

        Assert.Equal(["企业数", "学生数", "学校数"], figures.Select(f => f.Measure));
    }

    [Theory]
    [InlineData("共计由甲和乙两个方面组成，其中甲和5个。")]
    [InlineData("由北楼和4座副楼组成。")]
    [InlineData("全区的“1+3+5”体系有13个。")]
    public void A_measure_that_cannot_be_told_is_empty_never_a_fragment(string body)
    {
        foreach (var figure in Figures(body))
        {
            Assert.True(figure.Measure is null || !"和的及与等在将+“”\"，,、".Contains(figure.Measure[^1]), $"measure \"{figure.Measure}\" of {figure.Span}");
        }
    }

    [Fact]
    public void A_relative_year_is_written_out_from_the_article_s_year()
    {
        var figure = Assert.Single(Figures("今年1—9月，全区社会消费品零售总额达320亿元。", new DateOnly(2025, 10, 20)));

        Assert.Equal("2025年1—9月", figure.Period);
        Assert.Equal("社会消费品零售总额", figure.Measure);
    }
}
