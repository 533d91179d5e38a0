using System.Text;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>Pieces a dump prints among the page's last lines, after the last article's text: a paragraph, a source
/// line, a subtitle. Each goes back to its own article by the evidence weighed together.</summary>
public sealed class StrayEndPieceTests
{
    /// <summary>The page's pieces printed one after another, a blank line between them.</summary>
    private static ParsedPage Parse(params string[] pieces) =>
        new PageParser().Parse(Encoding.UTF8.GetBytes(string.Join('\n', pieces)), "test.txt");

    private static ParsedArticle Titled(ParsedPage page, string title) => Assert.Single(page.Articles, a => a.Title == title);

    private const string Gears = """
        綦江齿轮产业产值突破百亿元

        本报记者 张明

        5月6日，记者从区经济信息委获悉，当地齿轮传动产业去年产值首次突破百亿元，同比增长12.5%。

        近年来，当地依托老工业基地的基础，引进齿轮、变速器等配套企业30余家，形成较为完整的产业链。

        """;

    private const string Tea = """
        秀山春茶陆续上市

        4月10日，秀山土家族苗族自治县的茶园里，茶农正忙着采摘春茶。今年全县茶园面积达到18万亩。

        茶叶加工企业开足马力，日加工鲜叶超过50吨，产品销往全国各地。

        """;

    private const string Trade = """
        一季度全市外贸进出口保持增长

        首席记者 李华

        4月15日，海关发布数据，一季度全市外贸进出口总值1800亿元，同比增长6.4%。

        从贸易方式看，一般贸易进出口占比提高到六成以上，加工贸易稳中有升。

        从商品结构看，笔记本电脑、汽车等机电产品出口增长较快，劳动密集型产品出口平稳。

        从市场分布看，对东盟、欧盟进出口均实现增长，对共建“一带一路”国家进出口增长9.1%。

        """;

    private const string Potatoes = """
        巫溪洋芋产业链条越拉越长

        本报记者 王静

        9月2日，巫溪县一家粉条加工厂内，工人正在晾晒刚做好的洋芋粉条。

        过去洋芋大多直接卖鲜薯，如今当地把洋芋加工成粉条、薯片和全粉，每斤增值三倍以上。

        县里还建起洋芋种薯繁育基地，带动农户种植洋芋5万亩。

        """;

    [Fact]
    public void A_paragraph_at_the_pages_end_naming_another_articles_district_goes_to_that_article()
    {
        // The last paragraph says what the trade figures say, but names the district the first title names.
        var page = Parse(Gears, Tea, Trade, """
            在綦江，外贸订单今年明显增多，出口货物供不应求。

            """);

        Assert.EndsWith("出口货物供不应求。", Titled(page, "綦江齿轮产业产值突破百亿元").Body);
        Assert.DoesNotContain("出口货物供不应求。", Titled(page, "一季度全市外贸进出口保持增长").Body);
    }

    [Fact]
    public void More_pieces_at_the_pages_end_than_the_window_holds_all_go_home()
    {
        // Four pieces of three other articles after the last article's text: the window holds three, and since each of
        // them went elsewhere the one before them is examined too.
        var page = Parse(Gears, Tea, Potatoes, Trade, """
            当地齿轮企业正在研发新能源汽车减速器齿轮，已有两款齿轮进入测试。

            不少农户还把洋芋粉条放到电商平台销售，去年线上卖出洋芋粉条300吨。

            洋芋冷链仓储中心也在规划建设，将延长鲜薯销售期。

            茶农今年还新种了茶苗2000亩，茶叶加工厂也在扩建。

            """);

        Assert.Contains("线上卖出洋芋粉条", Titled(page, "巫溪洋芋产业链条越拉越长").Body);
        Assert.Contains("冷链仓储中心", Titled(page, "巫溪洋芋产业链条越拉越长").Body);
        Assert.Contains("减速器齿轮", Titled(page, "綦江齿轮产业产值突破百亿元").Body);
        Assert.Contains("新种了茶苗", Titled(page, "秀山春茶陆续上市").Body);
        Assert.EndsWith("对共建“一带一路”国家进出口增长9.1%。", Titled(page, "一季度全市外贸进出口保持增长").Body);
    }

    [Fact]
    public void Pieces_at_the_pages_end_go_home_whichever_article_holds_them()
    {
        // The potato pieces name their district and go home first, and the potato article's text then ends the page;
        // the pieces printed before the last one are still among the last printed.
        var page = Parse(Gears, Tea, Potatoes, Trade, """
            巫溪的洋芋粉条还通过电商卖到了沿海城市，去年线上销售洋芋粉条300吨。

            綦江的齿轮企业正在研发新能源汽车减速器齿轮，已有两款齿轮进入测试。

            秀山的茶农今年还新种了茶苗2000亩，茶叶加工厂也在扩建。

            巫溪县还计划建设洋芋冷链仓储中心，延长鲜薯销售期。

            """);

        Assert.Contains("冷链仓储中心", Titled(page, "巫溪洋芋产业链条越拉越长").Body);
        Assert.Contains("减速器齿轮", Titled(page, "綦江齿轮产业产值突破百亿元").Body);
        Assert.Contains("新种了茶苗", Titled(page, "秀山春茶陆续上市").Body);
        Assert.EndsWith("对共建“一带一路”国家进出口增长9.1%。", Titled(page, "一季度全市外贸进出口保持增长").Body);
    }

    [Fact]
    public void A_cut_clause_ending_the_page_whose_tail_is_printed_elsewhere_is_text_not_a_title()
    {
        // "…产业实现综" stops in the word "综合" that the potato article's third paragraph finishes: a paragraph's head
        // printed at the page's end, never a headline heading the potato article's first paragraphs.
        var page = Parse(Gears, """
            巫溪洋芋产业链条越拉越长

            9月2日，巫溪县一家粉条加工厂内，工人正在晾晒刚做好的洋芋粉条。

            过去洋芋大多直接卖鲜薯，如今当地把洋芋加工成粉条、薯片和全粉，每斤增值三倍以上。

            合产值12亿元，同比增长9%，带动农户种植洋芋5万亩。

            """, Trade, """
            今年1—8月，巫溪洋芋产业实现综

            """);

        Assert.DoesNotContain(page.Articles, a => a.Title.StartsWith("今年1—8月", StringComparison.Ordinal));
        Assert.StartsWith("9月2日，巫溪县", Titled(page, "巫溪洋芋产业链条越拉越长").Body);
        Assert.Equal(3, page.Articles.Count);
    }

    [Fact]
    public void A_wire_credit_opens_an_article_printed_under_its_late_title_after_another_articles_text()
    {
        // "据新华社…" credits the wire: the text opens an article of its own, whose title the page printed after its
        // first paragraphs, not another paragraph of the article printed before it.
        var page = Parse(Gears, """
            据新华社电 国家发展改革委近日印发通知，部署新一轮设备更新工作，重点支持工业、能源等领域。

            通知明确，对符合条件的更新项目给予贷款贴息支持。

            国家部署新一轮设备更新

            各地将在年底前完成首批项目申报。

            """, Trade);

        var wire = Titled(page, "国家部署新一轮设备更新");
        Assert.StartsWith("据新华社电", wire.Body);
        Assert.Equal("新华社", wire.Source);
        Assert.DoesNotContain("设备更新", Titled(page, "綦江齿轮产业产值突破百亿元").Body);
    }

    [Fact]
    public void A_reporters_line_at_the_pages_end_opens_the_one_article_that_names_no_reporter()
    {
        // The trade article already opens with its reporter's line; the tea article is the only one naming none.
        var page = Parse(Gears, Tea, Trade, """
            本报记者 王芳

            """);

        Assert.Contains("王芳", Titled(page, "秀山春茶陆续上市").Reporters);
        Assert.StartsWith("本报记者 王芳", Titled(page, "秀山春茶陆续上市").Body);
        Assert.DoesNotContain("王芳", Titled(page, "一季度全市外贸进出口保持增长").Reporters);
    }

    [Fact]
    public void A_source_line_at_the_pages_end_goes_to_the_article_whose_title_names_its_district()
    {
        var page = Parse(Tea, Gears, Trade, """
            （来源：秀山县融媒体中心）

            """);

        Assert.EndsWith("（来源：秀山县融媒体中心）", Titled(page, "秀山春茶陆续上市").Body);
        Assert.DoesNotContain("来源", Titled(page, "一季度全市外贸进出口保持增长").Body);
    }

    [Fact]
    public void A_subtitle_printed_alone_at_the_pages_end_goes_under_the_title_whose_text_says_its_words()
    {
        var page = Parse(Gears, Potatoes, Trade, """
            从种洋芋到做粉条

            """);

        var potatoes = Titled(page, "巫溪洋芋产业链条越拉越长");
        Assert.Contains("从种洋芋到做粉条", potatoes.Subtitles);
        Assert.Equal(3, page.Articles.Count);
    }
}
