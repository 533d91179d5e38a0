using System.Text;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>Whole synthetic pages through the parser: the cases the seed pages taught us.</summary>
public sealed class PageParserTests
{
    private static ParsedPage Parse(string text) => new PageParser().Parse(Encoding.UTF8.GetBytes(text), "test.txt");

    private static ParsedArticle Titled(ParsedPage page, string title) => Assert.Single(page.Articles, a => a.Title == title);

    [Fact]
    public void Headline_printed_after_its_body_is_reattached()
    {
        var page = Parse("""
            新华社北京4月21日电 外交部发言人21日宣布：国家主席习近平将于4月22日以视频方式出席领导人气候峰会并发表重要讲话。

            习近平将出席领导人气候峰会

            本报讯（记者 杨帆）4月21日，全市推动制造业高质量发展大会召开，部署打造国家重要先进制造业中心。

            会议以电视电话会议形式召开。

            推动制造业高质量发展大会召开 打造先进制造业中心
            """);

        Assert.StartsWith("新华社北京4月21日电", Titled(page, "习近平将出席领导人气候峰会").Body);
        Assert.StartsWith("本报讯", Titled(page, "推动制造业高质量发展大会召开 打造先进制造业中心").Body);
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void Lead_printed_away_from_its_headline_is_found_by_topic_and_the_text_under_the_headline_follows_it()
    {
        var page = Parse("""
            ## 市政府召开第48次常务会议

            好开局打牢基础。要加大向上争取政策力度，确保明年开好局。

            ## 大足雕客获雅安雕刻大赛二等奖

            新渝报讯(记者 邓小强)近日，雅安市首届雕刻技能大赛举行，大足雕客获得二等奖。

            □ 重庆日报记者 王翔

            12月17日，市长主持召开市政府第48次常务会议，学习贯彻经济工作会议精神，为明年
            """);

        var article = Titled(page, "市政府召开第48次常务会议");
        Assert.Equal(["□ 重庆日报记者 王翔", "12月17日，市长主持召开市政府第48次常务会议，学习贯彻经济工作会议精神，为明年好开局打牢基础。要加大向上争取政策力度，确保明年开好局。"],
            article.Paragraphs.Select(p => p.Text));
        Assert.Equal(["王翔"], article.Reporters);
        Assert.Equal("重庆日报", article.Source);
    }

    [Fact]
    public void A_paragraph_cut_in_two_keeps_the_spans_of_both_pieces()
    {
        const string text = "## 标题甲\n\n12月16日，在面积近15万平方米的项目总装车间内，工人们正在进行扫尾工\n\n作，元旦之后设备就将进场。";
        var page = Parse(text);

        var paragraph = Assert.Single(Assert.Single(page.Articles).Paragraphs);
        Assert.EndsWith("工人们正在进行扫尾工作，元旦之后设备就将进场。", paragraph.Text);
        Assert.Equal(["12月16日，在面积近15万平方米的项目总装车间内，工人们正在进行扫尾工", "作，元旦之后设备就将进场。"],
            paragraph.Spans.Select(s => page.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Subheads_inside_an_interview_stay_in_the_interview()
    {
        var page = Parse("""
            紧盯做大做强制造业

            【编者按】

            今日起，本报推出“重报圆桌会”，邀请嘉宾一同探讨推进举措。

            重报圆桌会

            主持人	新重庆-重庆日报记者	夏元

            推动工业投资增长10%

            重庆日报：明年将采取哪些推进措施？

            王志杰：明年将加力加速向上争取，用好增量政策。

            持续做大做强工业主引擎

            重庆日报：今年涪陵制造业发展有哪些亮点？

            黎勇：今年以来，涪陵区工业经济运行呈现出“稳、新、强”特点。
            """);

        var interview = Assert.Single(page.Articles);
        Assert.Equal("紧盯做大做强制造业", interview.Title);
        Assert.Equal(ArticleKind.Interview, interview.Kind);
        Assert.Equal(["夏元"], interview.Reporters);
        Assert.Contains("黎勇：今年以来", interview.Body);
    }

    [Fact]
    public void Continuation_markers_make_articles_incomplete_and_are_kept_verbatim()
    {
        var page = Parse("""
            （上接1版）

            智算算力方面，目前规划AI算力1000P，已建成400P。

            ## 全市村（社区）党组织换届顺利完成

            本报讯（记者 何春阳）4月21日，全市村（社区）党组织全部按期完成换届，新一届班子实现年龄、学历“一降一升”。

            （下转2版）
            """);

        var continued = Assert.Single(page.Articles, a => a.Title == "");
        Assert.False(continued.Complete);
        Assert.Equal("（上接1版）", continued.Continued);
        var jumping = Titled(page, "全市村（社区）党组织换届顺利完成");
        Assert.False(jumping.Complete);
        Assert.Equal("（下转2版）", jumping.Continued);
    }

    [Fact]
    public void A_caption_printed_inside_a_cut_paragraph_moves_to_the_end_of_its_article()
    {
        var page = Parse("""
            T3A到T3B 仅需3分钟 江北机场全流程演练

            为确保T3B航站楼顺利启用，机场举行综合演练。“终点站到了，请大家全部下车……”3分



            模拟旅客体验新建旅客捷运系统 据新重庆-重庆日报

            钟后，中英双语广播响起。

            新重庆-上游新闻记者 黎静 邹飞
            """);

        var article = Assert.Single(page.Articles);
        Assert.Contains("3分钟后", article.Body);
        Assert.EndsWith("模拟旅客体验新建旅客捷运系统 据新重庆-重庆日报", article.Body);
        Assert.Equal("上游新闻", article.Source);
        Assert.Equal(["黎静", "邹飞"], article.Reporters);
    }

    [Fact]
    public void Dateline_source_and_event_day_come_from_the_lead()
    {
        var page = Parse("""
            ## 重庆：养老服务从业人员达1.7万人

            新华社重庆12月17日电（记者 吴燕霞）记者从12月16日举行的新闻通气会上获悉，2024年从业人员达1.7万人。
            """);

        var article = Assert.Single(page.Articles);
        Assert.Equal("新华社重庆12月17日电", article.Dateline);
        Assert.Equal("新华社", article.Source);
        Assert.Equal(["吴燕霞"], article.Reporters);
        Assert.Equal(12, article.EventDate?.Month);
        Assert.Equal(16, article.EventDate?.Day);
        Assert.Equal(new DateOnly(2024, 12, 18), page.Edition.Date);
    }

    [Fact]
    public void The_paper_is_read_from_its_own_dateline()
    {
        var page = Parse("## 标题\n\n新渝报讯(记者 刘星)12月17日，会议召开。");

        Assert.Equal("新渝报", page.Edition.Paper);
        Assert.Equal("新渝报", page.Articles[0].Source);
    }

    [Fact]
    public void An_unmarked_byline_under_a_headline_opens_the_article()
    {
        var page = Parse("## 北碚抢抓订单\n\n本报记者 陈军\n\n工业是拉动经济发展的主引擎。\n\n近日，我市开展专项行动。");

        var article = Assert.Single(page.Articles);
        Assert.Equal(["陈军"], article.Reporters);
        Assert.EndsWith("近日，我市开展专项行动。", article.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n   \n")]
    [InlineData("，。、；：")]
    public void A_page_without_articles_says_so(string text)
    {
        var page = new PageParser().Parse(Encoding.UTF8.GetBytes(text), "empty.txt");

        Assert.Empty(page.Articles);
        Assert.NotEmpty(page.Warnings);
    }

    [Fact]
    public void A_title_that_shares_no_words_with_its_deck_and_text_still_heads_them()
    {
        var page = Parse("""
            以铝为基 向“高”攀升

            ——西彭镇打造千亿级轻合金材料产业集群调查

            西彭镇是全国重要的铝加工基地之一。西彭镇轻合金材料产业园集聚了铝加工及配套企业150余家，产品广泛应用于汽车、轨道交通等领域。

            记者了解到，近三年来，西彭镇轻合金材料产业园新引进的重点项目中，超过八成聚焦高端铝材。
            """);

        var article = Assert.Single(page.Articles);
        Assert.Equal("以铝为基 向“高”攀升", article.Title);
    }
    [Fact]
    public void A_reporter_line_printed_over_a_headline_opens_that_headline_s_article()
    {
        var page = Parse("""
            璧北工业园上半年产值增长一成。园区企业新增订单较多，生产线满负荷运转。

            本报记者 周明

            江南新区引进三家电池企业

            江南新区今年引进三家电池企业，总投资超过20亿元。电池企业落户后将带动配套企业发展。
            """);

        var article = Titled(page, "江南新区引进三家电池企业");
        Assert.Equal(["周明"], article.Reporters);
        Assert.DoesNotContain(page.Articles, a => a != article && a.Body.Contains("周明", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_printed_after_the_first_paragraphs_of_an_untitled_article_is_its_title()
    {
        var page = Parse("""
            记者 林华

            清晨六点，老师傅张强已经站在车床前。他拿起卡尺，仔细测量刚加工完的零件。

            他在车间里干了三十年，练就了一手好功夫。

            车床旁的“精度大师”

            张强是厂里公认的技术能手。徒弟们说，只要听听车床的声音，他就能判断哪里出了问题。
            """);

        var article = Assert.Single(page.Articles);
        Assert.Equal("车床旁的“精度大师”", article.Title);
        Assert.Equal(["林华"], article.Reporters);
        Assert.EndsWith("他就能判断哪里出了问题。", article.Body);
    }

    [Fact]
    public void A_deck_printed_apart_from_its_title_joins_that_title()
    {
        var page = Parse("""
            花椒深加工产品达到六十种

            本报讯（记者 王丽）近日，记者从江津区获悉，当地花椒深加工产品已达到六十种，花椒油、花椒精油销往全国。

            江津花椒种植面积超过五十万亩，深加工带动椒农增收。

            ——江津花椒深加工带动椒农增收
            """);

        var article = Assert.Single(page.Articles);
        Assert.Equal("花椒深加工产品达到六十种", article.Title);
        Assert.Contains("——江津花椒深加工带动椒农增收", article.Subtitles);
    }
    [Fact]
    public void A_headline_over_a_captioned_photo_is_a_photo_item()
    {
        var page = Parse("""
            江北码头夜间作业忙

            11月2日，江北码头集装箱堆场，龙门吊正在装卸集装箱。图为码头作业现场。（记者 刘洋 摄）

            梁滩食品园新项目投产

            3月27日，梁滩食品园内一家预制菜企业建成投产，项目总投资3亿元。
            """);

        Assert.Contains("龙门吊正在装卸集装箱", Titled(page, "江北码头夜间作业忙").Body);
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void A_source_line_closes_the_text_before_it_even_when_text_follows()
    {
        var page = Parse("""
            梁滩食品园新项目投产

            3月27日，梁滩食品园内一家预制菜企业建成投产，项目总投资3亿元，达产后年产值可达5亿元。

            （来源：梁滩区融媒体中心）

            种植规模扩大了，加工也要跟上。近年来，南岭区建设中医药产业园，引进中药饮片企业十余家。
            """);

        var item = Titled(page, "梁滩食品园新项目投产");
        Assert.EndsWith("（来源：梁滩区融媒体中心）", item.Body);
        Assert.DoesNotContain("中医药", item.Body);
    }

    [Fact]
    public void A_headline_printed_over_another_headline_it_shares_nothing_with_is_not_its_kicker()
    {
        var page = Parse("""
            南湖数据谷集聚软件企业超过800家

            城口老腊肉年货节线上开卖

            本报讯（通讯员 陈丽）1月14日，城口老腊肉年货节开幕，当天线上销售老腊肉2万斤。

            本报记者 陈东

            5月15日，记者从南湖区获悉，南湖数据谷已集聚软件企业800余家，从业人员突破3万人。
            """);

        Assert.StartsWith("本报讯", Titled(page, "城口老腊肉年货节线上开卖").Body);
        Assert.Contains("南湖数据谷已集聚软件企业", Titled(page, "南湖数据谷集聚软件企业超过800家").Body);
    }

    [Fact]
    public void A_document_opened_by_its_addressee_line_keeps_the_headline_printed_inside_it()
    {
        var page = Parse("""
            秀湖春茶开采

            4月14日，秀湖县茶农正在采摘春茶。全县茶园面积达到10万亩。

            各区县经济信息委，有关企业：

            为深入推进制造业智能化改造和数字化转型，加快构建现代制造业集群体系，按照全市制造

            市经济信息委关于开展智能工厂认定工作的通知

            业数字化转型工作部署，现就有关事项通知如下。
            """);

        var notice = Titled(page, "市经济信息委关于开展智能工厂认定工作的通知");
        Assert.StartsWith("各区县经济信息委，有关企业：", notice.Body);
        Assert.Contains("按照全市制造业数字化转型工作部署", notice.Body);
        Assert.DoesNotContain("有关企业", Titled(page, "秀湖春茶开采").Body);
    }
    [Fact]
    public void A_list_line_cut_at_a_column_break_is_text_not_a_headline()
    {
        var page = Parse("""
            我市新增一批专精特新企业

            本报讯（记者 李冰）日前公布的名单中，我市有120家企业入选。

            入选企业主要分布在汽车零部件、装备制造、电子信息、新材料等领

            域，平均研发投入强度达到5.8%。
            """);

        var article = Assert.Single(page.Articles);
        Assert.Contains("新材料等领域，平均研发投入强度", article.Body);
    }

    [Fact]
    public void A_clause_cut_before_a_letter_and_a_full_stop_is_text_not_a_headline()
    {
        // Under a reporter's line, "眼下，…进入采挖" stops where a column break cut 采挖期: the paragraph below opens with
        // one letter and a full stop, which no sentence does.
        var page = Parse("""
            石柱黄连进入收获季

            通讯员 王林

            眼下，石柱县黄水镇的黄连基地进入采挖

            期。村民们在地里忙着采挖、晾晒，收购商也上门收货。

            石柱县今年黄连种植面积稳定在6万亩，带动2万多户农户增收。
            """);

        var article = Assert.Single(page.Articles);
        Assert.Contains("进入采挖期。村民们", article.Body);
    }

    [Fact]
    public void A_paragraph_run_on_into_another_article_goes_back_to_the_article_that_names_its_district()
    {
        var page = Parse("""
            江津花椒深加工产品达到60种

            本报讯（记者 王丽）近日，记者从江津区获悉，当地花椒深加工产品已达到60种，花椒油、花椒精油销往全国。

            花椒种植户说，深加工让每斤鲜椒多卖了两元钱。

            概念验证中心一年孵化项目47个

            本报讯（记者 夏添）一年来，西部科学城概念验证中心共孵化科技项目47个，其中12个项目获得社会资本投资。

            中心负责人介绍，验证通过的项目将优先对接中试基地。

            目前，江津花椒种植面积53万亩，年产鲜椒30万吨。
            """);

        Assert.EndsWith("年产鲜椒30万吨。", Titled(page, "江津花椒深加工产品达到60种").Body);
        Assert.DoesNotContain("花椒", Titled(page, "概念验证中心一年孵化项目47个").Body);
    }
    [Fact]
    public void A_document_s_numbered_section_printed_away_from_it_goes_back_to_the_document()
    {
        var page = Parse("""
            南岭区关于推动茶叶产业高质量发展的实施意见

            各乡镇人民政府、街道办事处，区政府各部门：

            为推动茶叶产业高质量发展，现提出如下意见。

            一、总体要求。到2027年，全区茶叶综合产值达到50亿元。

            （二）推动加工企业转型升级。支持企业建设标准化加工厂房。

            三、保障措施。各部门要加强组织领导，落实工作责任。

            南岭区人民政府　2026年6月26日

            （一）建设标准化茶园。新建高标准茶园5万亩，良种覆盖率达到95%以上。
            """);

        var document = Titled(page, "南岭区关于推动茶叶产业高质量发展的实施意见");
        Assert.Contains("（一）建设标准化茶园", document.Body);
        Assert.Single(page.Articles);
    }

    [Fact]
    public void Stacked_headlines_with_a_deck_are_two_articles_headlines_not_an_index()
    {
        // Four headline lines in a row would be an index of items, but a deck (——…) says a title stands over it:
        // the first headline's lead follows, then the second article opens with its byline.
        var page = Parse("""
            前三季度南岭区茶叶出口额同比增长两成

            云梦县肉兔加工项目投产

            ——冷链仓库每天可储存兔肉20吨

            区县简讯

            本报讯（记者 王丽）10月18日，记者从南岭区商务委获悉，今年前三季度，南岭区茶叶出口额同比增长21%，茶叶销往中亚和欧洲。

            南岭区商务委负责人介绍，南岭区茶叶出口企业已有12家，明年茶叶出口额有望突破5亿元。

            本报记者 李青

            5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            为扩大肉兔养殖规模，云梦县推出养兔贷款，今年肉兔出栏量已突破300万只，带动养殖户增收。
            """);

        Assert.Contains("茶叶出口额同比增长21%", Titled(page, "前三季度南岭区茶叶出口额同比增长两成").Body);
        var rabbits = Titled(page, "云梦县肉兔加工项目投产");
        Assert.Contains("——冷链仓库每天可储存兔肉20吨", rabbits.Subtitles);
        Assert.Contains("养兔贷款", rabbits.Body);
        Assert.DoesNotContain("茶叶", rabbits.Body);
    }

    [Fact]
    public void Stacked_headlines_with_a_period_line_are_two_articles_headlines_not_an_index()
    {
        // The same with a plan's period line (（2026—2028年）, a deck line of the knowledge) instead of a ——deck: it
        // stands under a title, so the four lines are two articles' headlines, each over its own text.
        var page = Parse("""
            前三季度南岭区茶叶出口额同比增长两成

            云梦县肉兔产业高质量发展三年行动计划

            （2026—2028年）

            区县简讯

            本报讯（记者 王丽）10月18日，记者从南岭区商务委获悉，今年前三季度，南岭区茶叶出口额同比增长21%，茶叶销往中亚和欧洲。

            南岭区商务委负责人介绍，南岭区茶叶出口企业已有12家，明年茶叶出口额有望突破5亿元。

            为推动肉兔产业高质量发展，结合我县实际，制定本行动计划。

            一、总体目标。到2028年，全县肉兔出栏量突破500万只，肉兔产业综合产值达到30亿元。

            二、重点任务。建设标准化肉兔养殖场50个，支持肉兔加工企业建设冷链仓库，培育肉兔产业龙头企业3家。
            """);

        Assert.Equal(2, page.Articles.Count);
        var tea = Titled(page, "前三季度南岭区茶叶出口额同比增长两成");
        Assert.Contains("茶叶出口额同比增长21%", tea.Body);
        Assert.DoesNotContain("肉兔", tea.Body);
        var plan = Titled(page, "云梦县肉兔产业高质量发展三年行动计划");
        Assert.Contains("（2026—2028年）", plan.Subtitles);
        Assert.Contains("二、重点任务", plan.Body);
        Assert.DoesNotContain("茶叶", plan.Body);
    }

    [Fact]
    public void A_numbered_section_printed_under_a_story_s_headline_goes_back_to_the_document()
    {
        // The section head sits between the story's lead (cut at a comma) and the rest of the story: a news story
        // does not number its paragraphs, the page's one document does.
        var page = Parse("""
            南岭区推进茶产业数字化三年行动方案

            为加快推动茶产业数字化转型，结合实际，制定本方案。

            一、工作目标。到2028年，全区茶企数字化改造实现全覆盖，建成智慧茶园10个。

            本报记者 李青

            5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，

            云梦县肉兔出栏量突破300万只

            二、重点任务

            （一）实施茶园数字化改造行动。推广茶园物联网监测，建设茶叶质量追溯平台。

            每天可储存兔肉20吨。为扩大肉兔养殖规模，云梦县推出养兔贷款，今年肉兔出栏量已突破300万只。

            （二）实施茶企数字化转型行动。编制茶企数字化转型指南，推广低成本的数字化解决方案。

            三、保障措施。区农业农村委牵头建立工作推进机制，加强政策统筹和资金保障。

            云梦县畜牧站负责人说，冷链仓库投用后，兔肉可以销往更远的城市，养殖户增收更有保障。
            """);

        Assert.Contains("二、重点任务", Titled(page, "南岭区推进茶产业数字化三年行动方案").Body);
        var story = Titled(page, "云梦县肉兔出栏量突破300万只").Body;
        Assert.DoesNotContain("重点任务", story);
        Assert.Contains("每天可储存兔肉20吨", story);
    }

    [Fact]
    public void Text_left_without_a_headline_joins_the_headed_article_it_restates()
    {
        var page = Parse("""
            云梦县肉兔出栏量突破300万只

            本报讯（记者 李青）5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            （来源：云梦县融媒体中心）

            翠屏山春茶开采

            本报讯（通讯员 王林）3月12日，翠屏山茶园开采明前茶，茶农忙着采摘嫩芽，预计春茶产量比去年增加一成。

            （来源：翠屏山茶场）

            为扩大肉兔养殖规模，云梦县推出养兔贷款，今年肉兔出栏量已突破300万只，带动养殖户增收。
            """);

        Assert.EndsWith("带动养殖户增收。", Titled(page, "云梦县肉兔出栏量突破300万只").Body);
        Assert.DoesNotContain("养兔", Titled(page, "翠屏山春茶开采").Body);
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void Text_left_without_a_headline_goes_by_its_district_and_rare_words_not_a_stock_phrase()
    {
        // The stray paragraph repeats the first headline's stock phrase (产业综合产值突破) but names the second
        // article's district and product.
        var page = Parse("""
            丰都肉兔产业综合产值突破10亿元

            本报讯（记者 李青）5月8日，丰都县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            （来源：丰都县融媒体中心）

            石柱辣椒种植面积扩大到8万亩

            本报讯（通讯员 王林）7月2日，石柱县辣椒进入采收期，椒农忙着采摘，加工企业开足马力生产辣椒酱。

            （来源：石柱县融媒体中心）

            石柱县农业农村委介绍，今年将新建辣椒种植基地2万亩，力争全县辣椒产业综合产值突破25亿元。
            """);

        Assert.EndsWith("突破25亿元。", Titled(page, "石柱辣椒种植面积扩大到8万亩").Body);
        Assert.DoesNotContain("辣椒", Titled(page, "丰都肉兔产业综合产值突破10亿元").Body);
    }

    [Fact]
    public void A_line_of_three_clauses_with_a_long_one_is_a_cut_sentence_not_a_headline()
    {
        var page = Parse("""
            云梦产业园引进项目增至40个

            本报讯（记者 李青）5月8日，云梦产业园又有两个项目签约，园区引进项目增至40个。

            记者了解到，近两年来，云梦产业园区新引进

            翠屏山春茶开采

            本报讯（通讯员 王林）3月12日，翠屏山茶园开采明前茶，茶农忙着采摘嫩芽。
            """);

        Assert.DoesNotContain(page.Articles, a => a.Title?.StartsWith("记者了解到", StringComparison.Ordinal) == true);
        Assert.Contains("云梦产业园区新引进", Titled(page, "云梦产业园引进项目增至40个").Body);
    }

    [Fact]
    public void Two_stacked_headlines_over_two_bylines_and_alternating_paragraphs_make_two_articles()
    {
        var page = Parse("""
            云梦县肉兔出栏量突破300万只

            翠屏山春茶开采量比去年增加一成

            本报记者 李青

            本报记者 王林

            3月12日，翠屏山茶园开采明前茶，茶农背着竹篓采摘嫩芽，春茶鲜叶收购价每斤80元。

            5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，肉兔屠宰线每天可加工肉兔2万只。

            云梦县把肉兔养殖作为富民产业，全县肉兔养殖户超过3000户，兔肉制品销往全国。

            翠屏山茶场与茶叶合作社签订收购协议，绿茶、红茶加工车间开足马力炒制春茶。
            """);

        var rabbits = Titled(page, "云梦县肉兔出栏量突破300万只");
        var tea = Titled(page, "翠屏山春茶开采量比去年增加一成");
        Assert.Contains("肉兔屠宰线", rabbits.Body);
        Assert.Contains("兔肉制品", rabbits.Body);
        Assert.DoesNotContain("茶", rabbits.Body);
        Assert.Contains("明前茶", tea.Body);
        Assert.Contains("炒制春茶", tea.Body);
        Assert.DoesNotContain("兔", tea.Body);
    }

    [Fact]
    public void A_paragraph_dealt_between_stacked_headlines_goes_with_the_title_naming_its_district()
    {
        // The third paragraph shares the second title's words (产业综合产值突破百亿元) but is about the first title's county.
        var page = Parse("""
            丰都县肉牛加工企业开发牛肉新产品

            江津区花椒产业综合产值突破百亿元

            本报记者 李青

            本报记者 王林

            5月8日，丰都县一家肉牛屠宰加工企业新建的冷链仓库投用，牛肉干、火锅牛肉等新产品销往全国。

            8月5日，江津区先锋镇的花椒加工厂满负荷运转，鲜花椒经过烘干、筛选，加工成花椒油和藤椒油。

            今年前10个月，丰都县农产品加工产业综合产值突破百亿元，产值同比增长三成。

            江津区花椒种植面积达到53万亩，花椒油、花椒精油销往全国，带动椒农增收。
            """);

        Assert.Contains("丰都县农产品加工产业综合产值", Titled(page, "丰都县肉牛加工企业开发牛肉新产品").Body);
        var pepper = Titled(page, "江津区花椒产业综合产值突破百亿元").Body;
        Assert.DoesNotContain("丰都", pepper);
        Assert.Contains("花椒种植面积", pepper);
    }

    [Fact]
    public void A_headline_line_printed_apart_from_its_title_gives_the_text_under_it_to_the_headline_restating_it()
    {
        // 养殖、加工、销售协同发展 is the second line of the first headline, a reporter's line printed between them; the
        // text under it is the article whose title follows it.
        var page = Parse("""
            丰都县肉牛养殖规模突破15万头

            首席记者 黄沛

            养殖、加工、销售协同发展

            4月17日，江津区商务委发布数据，今年一季度，江津区花椒出口额3.2亿元，同比增长26%，花椒油销往东南亚。

            江津区花椒出口同比增长26%

            一季度江津区花椒出口同比增长26%，花椒出口企业已有15家，今年还将新建花椒冷链仓库两座。

            本报记者 李青

            8月28日，丰都县一家肉牛养殖场里，工人正在给肉牛添加饲料。丰都县肉牛养殖规模已突破15万头，肉牛加工企业12家。
            """);

        var pepper = Titled(page, "江津区花椒出口同比增长26%");
        Assert.Contains("江津区花椒出口额3.2亿元", pepper.Body);
        Assert.Contains("首席记者 黄沛", pepper.Body);
        Assert.Equal(1, CountOf(pepper.Body, "黄沛"));
        var cattle = Titled(page, "丰都县肉牛养殖规模突破15万头");
        Assert.Contains("养殖、加工、销售协同发展", cattle.Subtitles);
        Assert.Equal(2, page.Articles.Count);
    }

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;

    [Fact]
    public void A_lone_deck_with_no_headed_article_to_join_leaves_the_page_parsed()
    {
        var page = Parse("""
            本报讯（记者 李青）5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            ——总投资3亿元
            """);

        Assert.DoesNotContain(page.Warnings, w => w.Code == "parser-failure");
        Assert.Contains(page.Articles, a => a.Body.Contains("冷链仓库投用", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_under_a_headline_that_names_another_articles_district_goes_to_that_article()
    {
        var page = Parse("""
            永川数控机床产业再添龙头企业

            本报记者 李青

            9月19日，永川高新区一家数控机床企业的新生产基地投产，年产高端机床800台。

            长寿经开区新材料项目加紧建设

            近年来，永川区把数控机床作为主导产业重点培育，已集聚整机及配套企业120余家。

            9月20日，长寿经开区一个新材料项目现场，工人们正在安装设备，项目预计年底投产。
            """);

        Assert.Contains("已集聚整机及配套企业", Titled(page, "永川数控机床产业再添龙头企业").Body);
        var changshou = Titled(page, "长寿经开区新材料项目加紧建设");
        Assert.DoesNotContain("数控机床", changshou.Body);
        Assert.StartsWith("9月20日", changshou.Body);
    }

    [Fact]
    public void A_paragraph_opening_with_a_words_end_goes_back_after_the_paragraph_a_column_break_cut()
    {
        var page = Parse("""
            云梦刀具企业用上智能生产线

            本报讯（记者 李青）9月1日，记者走进云梦县一家刀具有限公

            “过去一个熟练工一天最多磨200把刀，现在一条生产线一天能出8000把。”公司总经理说，公司的刀具销往全国。

            翠屏山春茶开采

            本报讯（通讯员 王林）3月12日，翠屏山茶园开采明前茶，茶农忙着采摘嫩芽。

            司，看到激光切割机正将钢板切割成刀坯，机械手将刀坯送入磨削设备。
            """);

        var knives = Titled(page, "云梦刀具企业用上智能生产线");
        Assert.Contains("有限公司，看到激光切割机", knives.Body.Replace("\n", ""));
        Assert.DoesNotContain("激光", Titled(page, "翠屏山春茶开采").Body);
        Assert.True(knives.Body.IndexOf("激光", StringComparison.Ordinal) < knives.Body.IndexOf("熟练工", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_joins_a_headed_article_brings_its_section_heads_along()
    {
        var page = Parse("""
            云梦县肉兔出栏量突破300万只

            本报讯（记者 李青）5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            （来源：云梦县融媒体中心）

            翠屏山春茶开采

            本报讯（通讯员 王林）3月12日，翠屏山茶园开采明前茶，茶农忙着采摘嫩芽，预计春茶产量比去年增加一成。

            （来源：翠屏山茶场）

            为扩大肉兔养殖规模，云梦县推出养兔贷款，今年肉兔出栏量已突破300万只

            兔肉加工链条延伸

            云梦县兔肉制品销往全国，肉兔养殖带动养殖户增收。
            """);

        var rabbits = Titled(page, "云梦县肉兔出栏量突破300万只");
        var text = string.Join('\n', rabbits.Paragraphs.Select(p => p.Text));
        Assert.Contains("养兔贷款", text);
        Assert.Contains("兔肉加工链条延伸", text);
        Assert.Contains("兔肉制品销往全国", text);
    }

    [Fact]
    public void Section_heads_built_on_one_pattern_stay_inside_their_feature()
    {
        var page = Parse("""
            云梦县肉兔产业链越拉越长

            本报记者 李青

            5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨，兔肉制品销往全国二十多个省份。

            从“卖活兔”到“卖兔肉”

            过去养殖户把活兔卖给外地客商，价格随行就市。如今加工企业按合同价收购，屠宰分割后冷链发往各地。

            从“小作坊”到“大园区”

            县里建成肉兔产业园，引进饲料、屠宰、熟食加工企业12家，带动3000多户养殖户增收。
            """);

        var rabbits = Assert.Single(page.Articles);
        Assert.Equal("云梦县肉兔产业链越拉越长", rabbits.Title);
        var text = string.Join('\n', rabbits.Paragraphs.Select(p => p.Text));
        Assert.Contains("从“卖活兔”到“卖兔肉”", text);
        Assert.Contains("带动3000多户养殖户增收", text);
    }

    [Fact]
    public void Column_labels_under_two_headlines_printed_together_go_with_each_headline()
    {
        var page = Parse("""
            翠屏山春茶搭乘冷链专车直达沿海城市

            区县简讯

            云梦县肉兔加工链条向精深延伸

            一线调研

            本报记者 李青

            5月8日，走进云梦县肉兔产业园，一辆辆满载肉兔的货车驶入厂区，屠宰分割后的兔肉将销往全国各地。

            云梦县肉兔加工企业过去大多从事初级加工，如今兔肉熟食、兔皮制品等精深加工产品已有30多种。

            本报讯（通讯员 王林）3月12日，6辆满载春茶的冷链专车从翠屏山茶场出发，将于次日运抵沿海城市。
            """);

        var rabbits = Titled(page, "云梦县肉兔加工链条向精深延伸");
        Assert.Contains("肉兔产业园", rabbits.Body);
        Assert.Contains("精深加工产品", rabbits.Body);
        Assert.Contains("冷链专车", Titled(page, "翠屏山春茶搭乘冷链专车直达沿海城市").Body);
    }

    [Fact]
    public void A_deck_heading_text_and_a_headline_with_no_text_make_one_article()
    {
        var page = Parse("""
            ——云梦县打造百亿级肉兔产业集群调查

            本报记者 李青

            5月8日，云梦县肉兔产业园，一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            云梦县把肉兔养殖作为富民产业，全县肉兔养殖户超过3000户，兔肉制品销往全国。

            以兔为媒 向“链”发力
            """);

        var rabbits = Assert.Single(page.Articles);
        Assert.Equal("以兔为媒 向“链”发力", rabbits.Title);
        Assert.Contains("——云梦县打造百亿级肉兔产业集群调查", rabbits.Subtitles);
        Assert.Contains("冷链仓库投用", rabbits.Body);
    }

    [Fact]
    public void A_headline_left_without_text_takes_its_paragraphs_from_the_article_they_were_printed_in()
    {
        var page = Parse("""
            翠屏山推进茶园机械化三年行动方案

            10月25日，云梦县26吨兔肉制品在港口装箱，将经铁海联运通道运抵新加坡。

            云梦兔肉出海记

            ——云梦县肉兔企业抱团开拓海外市场

            这是今年云梦兔肉企业第三次整柜出口，出口额比去年翻了一番。

            （一）推广茶园采摘机械。每年新购采茶机200台，茶园机械化采摘率提高到六成。

            云梦县养兔历史悠久，当地不少兔肉企业从家庭作坊起步，如今兔肉制品年出口额超过一亿元。

            （二）建设茶叶加工中心。翠屏山茶场新建清洁化加工车间，春茶加工能力提高一倍。

            “过去各家兔肉企业各自接单，运费高。现在几家企业联合拼柜，运费降了三成。”一位企业负责人说。

            （三）培育茶叶品牌。支持翠屏山茶场参加展会，茶叶电商销售额每年增长两成。
            """);

        var tea = Titled(page, "翠屏山推进茶园机械化三年行动方案");
        Assert.Contains("采茶机", tea.Body);
        Assert.Contains("清洁化加工车间", tea.Body);
        Assert.DoesNotContain("兔", tea.Body);
        var rabbits = Titled(page, "云梦兔肉出海记");
        Assert.Contains("从家庭作坊起步", rabbits.Body);
        Assert.Contains("联合拼柜", rabbits.Body);
        Assert.DoesNotContain("茶", rabbits.Body);
    }

    [Fact]
    public void Paragraphs_and_section_heads_after_a_brief_that_name_only_another_articles_district_go_to_that_article()
    {
        var page = Parse("""
            长寿柚子搭乘冷链专车直达沿海城市

            区县简讯

            永川数控机床产业链向“高端”延伸

            一线调研

            首席记者 李青

            走进永川高新区，一家数控机床企业的新生产基地已经投产，年产高端机床800台，产品销往汽车零部件企业。

            数控机床是永川的主导产业。过去，这里的企业大多生产普通机床，附加值不高。记者近日在永川高新区进行了调研。

            从“单台机床”到“整条产线”

            永川区一家机床企业过去只卖单台设备，如今能为汽车零部件企业提供整条产线，订单排到了明年。

            本报讯（通讯员 王林）9月20日，6辆满载长寿柚子的冷链专车从长寿区出发，将于次日运抵沿海城市。今年长寿柚子预计产量10万吨。

            永川高新区还建成了机床检测中心，企业送检时间由一周缩短到两天，配套企业增至120余家。

            从“本地配套”到“全国销售”

            永川区数控机床产品已销往全国20多个省份，去年产值突破百亿元，同比增长15%。
            """);

        var brief = Titled(page, "长寿柚子搭乘冷链专车直达沿海城市");
        Assert.DoesNotContain("永川", brief.Body);
        var feature = Titled(page, "永川数控机床产业链向“高端”延伸");
        var text = string.Join('\n', feature.Paragraphs.Select(p => p.Text));
        Assert.Contains("机床检测中心", text);
        Assert.Contains("从“本地配套”到“全国销售”", text);
        Assert.Contains("去年产值突破百亿元", text);
    }

    [Fact]
    public void Between_stacked_titles_of_which_one_names_its_district_a_paragraph_naming_only_another_district_goes_to_the_other()
    {
        // The fourth paragraph shares the first title's words (花椒加工企业) but names 丰都县, which nothing of the
        // first article names: it is the second article's.
        var page = Parse("""
            江津区花椒加工企业扩产

            “每分钟就有一瓶调味油灌装下线”

            本报记者 李青

            本报记者 王林

            “每分钟就有一瓶调味油灌装下线。”9月13日，在一家调味品工厂，车间主任指着灌装线介绍。

            5月8日，江津区先锋镇一家花椒加工企业的新厂房投产，年加工鲜花椒1万吨。

            江津区花椒种植面积达到53万亩，花椒加工带动椒农增收。

            丰都县花椒加工企业已集聚30余家，去年花椒加工产值同比增长两成。
            """);

        var oil = Titled(page, "“每分钟就有一瓶调味油灌装下线”");
        Assert.Contains("丰都县花椒加工企业已集聚", oil.Body);
        Assert.DoesNotContain("丰都", Titled(page, "江津区花椒加工企业扩产").Body);
    }

    [Fact]
    public void A_reporters_line_printed_into_a_cut_sentence_opens_the_next_article_and_the_sentence_goes_on_after_it()
    {
        // 本报记者 林涛 opens the article about 南川区; the trade story's sentence (…增长 | 9.5%，…) and its last
        // paragraph were printed under that line, before the 南川 article's first paragraph.
        var page = Parse("""
            一季度重庆外贸进出口同比增长6.4%

            首席记者 黄明

            4月17日，重庆海关发布数据，今年一季度，重庆货物贸易进出口总值1717.6亿元，同比增长6.4%。

            从贸易方式看，一般贸易进出口782.4亿元，增长14.6%，占全市外贸总值的45.6%。

            从市场分布看，重庆对东盟进出口358.2亿元，增长

            本报记者 林涛

            9.5%，东盟继续保持重庆第一大贸易伙伴地位；对共建“一带一路”国家进出口增长9.8%。

            重庆海关有关人士表示，将持续优化通关监管模式，支持企业开拓多元化市场。

            8月28日，南川区大观镇的玄参种植基地里，药农们正在给玄参除草施肥。

            去年，南川区中医药全产业链产值达到86.3亿元，计划到2027年提高至150亿元。

            南川中药材种植面积达到38万亩
            """);

        var trade = Titled(page, "一季度重庆外贸进出口同比增长6.4%").Body;
        Assert.Contains("增长9.5%，东盟继续保持", trade);
        Assert.EndsWith("支持企业开拓多元化市场。", trade);
        var herbs = Titled(page, "南川中药材种植面积达到38万亩").Body;
        Assert.StartsWith("本报记者 林涛\n8月28日，南川区", herbs);
    }

    [Fact]
    public void Two_reporters_lines_after_a_wire_story_open_the_two_stacked_headlines_printed_after_them()
    {
        // The wire story named its reporter in its dateline: 本报记者 苏青 under it is not its closing line, and the two
        // lines go to the two stacked headlines printed after them (and after a paragraph), in order.
        var page = Parse("""
            重庆：数字化车间助力企业复工达产

            新华社重庆4月21日电（记者 韩明）在位于重庆的一家汽车零部件企业，数十台焊接机器人正在有序作业。

            重庆市经济和信息化委员会有关负责人说，下一步将继续推进智能化改造，加快建设“智造重镇”。

            本报记者 苏青

            记者 冉立 通讯员 谭芳

            这只是白涛化工园区新材料项目加快建设的一个缩影。今年以来，园区新开工亿元以上项目11个，总投资86.5亿元。

            上半年全市规上工业增加值同比增长8.1%

            白涛化工园区新材料项目密集落地

            ——涪陵区加快打造千亿级先进材料产业集群

            数说重庆

            市统计局7月25日发布数据，今年上半年，全市规模以上工业增加值同比增长8.1%，增速比一季度提高0.6个百分点。

            5月8日，位于涪陵区白涛化工园区的年产20万吨高性能工程塑料项目一期进入设备安装阶段。

            分行业看，全市39个工业大类行业中有28个行业增加值实现增长，全市高技术制造业增加值增长11.4%。

            依托丰富的天然气资源，涪陵区形成了以天然气化工为基础的新材料产业体系，先进材料产业产值152.3亿元。
            """);

        Assert.DoesNotContain("苏青", Titled(page, "重庆：数字化车间助力企业复工达产").Body);
        Assert.StartsWith("本报记者 苏青", Titled(page, "上半年全市规上工业增加值同比增长8.1%").Body);
        Assert.Contains("记者 冉立 通讯员 谭芳\n这只是白涛化工园区", Titled(page, "白涛化工园区新材料项目密集落地").Body);
        Assert.Equal(3, page.Articles.Count);
    }

    [Fact]
    public void Between_stacked_titles_a_paragraph_printed_between_two_of_one_districts_paragraphs_is_that_articles()
    {
        // The quote shares the freight story's words (冷链, 集装箱, 运) but is printed between two paragraphs naming
        // 江津区, which only the first title names.
        var page = Parse("""
            江津区花椒加工企业扩产

            西部陆海新通道冷链班列开行超过500列

            新华社重庆12月28日电（记者 李青）今年以来，西部陆海新通道冷链班列累计开行512列，运输冷链货物超过2万标准箱。

            本报记者 王林

            5月8日，江津区先锋镇一家花椒加工企业的新厂房投产，年加工鲜花椒1万吨。

            “过去花椒油要靠冷链从外地运过来，现在冷链集装箱半天就能运到。”一家公司总经理说，公司出货量增长四成。

            江津区花椒种植面积达到53万亩，花椒加工带动椒农增收。

            班列货物从化工、建材扩展到冷链食品等400多个品类，冷链集装箱运抵重庆最快3天。

            业内人士认为，冷链班列正成为西部地区扩大开放的物流大动脉。
            """);

        Assert.Contains("花椒油要靠冷链", Titled(page, "江津区花椒加工企业扩产").Body);
        var freight = Titled(page, "西部陆海新通道冷链班列开行超过500列").Body;
        Assert.DoesNotContain("花椒", freight);
        Assert.Contains("班列货物从化工", freight);
    }

    [Fact]
    public void A_paragraph_pointing_back_goes_with_the_paragraph_before_it_between_stacked_titles()
    {
        // 这家企业… names nothing of its own: it is about the company the paragraph before it spoke of.
        var page = Parse("""
            江津区花椒加工企业扩产

            丰都县调味品工厂灌装线投用

            本报记者 李青

            本报记者 王林

            9月13日，丰都县一家调味品工厂的灌装线投用，每分钟灌装调味油60瓶。

            5月8日，江津区先锋镇一家花椒加工企业去年投产，今年实现产值预计翻番。

            丰都县调味品工厂与辣椒种植合作社签订收购协议，带动椒农增收。

            这家企业去年投产，今年1—8月已实现产值4.6亿元，预计全年可突破7亿元。

            江津区花椒加工企业产值同比增长两成，带动椒农增收。
            """);

        Assert.Contains("这家企业去年投产", Titled(page, "丰都县调味品工厂灌装线投用").Body);
        Assert.DoesNotContain("这家企业", Titled(page, "江津区花椒加工企业扩产").Body);
    }

    [Fact]
    public void A_headline_over_only_a_reporters_line_is_the_deck_of_the_article_restating_it()
    {
        // The last headline and its reporter's line were printed apart from the article about the lab.
        var page = Parse("""
            璧山区概念验证中心一年孵化项目30个

            一块指甲大小的芯片，能实时监测桥梁的细微形变。

            6月9日，在璧山区概念验证中心，研究人员正在调试设备。概念验证，是科技成果从实验室走上生产线的第一步。

            去年5月，璧山区联合高校建成概念验证中心，一年来孵化项目30个，实验室成果转化率明显提高。

            翠屏山春茶开采

            本报讯（通讯员 王林）3月12日，翠屏山茶园开采明前茶，茶农忙着采摘嫩芽。

            实验室里的成果如何走上生产线

            本报记者 夏添
            """);

        var lab = Titled(page, "璧山区概念验证中心一年孵化项目30个");
        Assert.Contains("实验室里的成果如何走上生产线", lab.Subtitles);
        Assert.Contains("本报记者 夏添\n一块指甲大小的芯片", lab.Body);
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void The_end_of_a_speakers_name_printed_after_another_article_goes_back_to_the_quote()
    {
        // The quote's speaker was cut after 王志; the rest of the name and what he said were printed at the page's end.
        var page = Parse("""
            秀山脆李迎来采摘季

            本报记者 周林

            6月9日，秀山县隘口镇的果园里，果农们正在采摘脆李，分拣中心内一颗颗脆李经过光电分选机自动分级。

            “这台分选机每小时能分选十五吨脆李。”秀山县一家果业专业合作社负责人王志

            秀山县农业农村委数据显示，今年全县脆李种植面积12万亩，预计产量超过10万吨。

            城口老腊肉年货节线上开卖

            本报讯（通讯员 陈丽）1月14日，城口县老腊肉年货节在县电商产业园开幕，主播在线推介腊肉、香肠等山货。

            去年，城口县老腊肉加工量达到1.2万吨，带动农户增收。

            明说，分级销售后，优质脆李每斤售价比统货高出1元左右。
            """);

        Assert.Contains("负责人王志明说，分级销售后", Titled(page, "秀山脆李迎来采摘季").Body);
        Assert.DoesNotContain("分级销售", Titled(page, "城口老腊肉年货节线上开卖").Body);
    }

    [Fact]
    public void A_quote_whose_speaker_was_cut_printed_after_another_article_joins_the_article_its_speaker_is_in()
    {
        // The quote and the first words of its speaker's company were printed after the other article; the rest of the
        // company's name and the verb of saying are in place.
        var page = Parse("""
            璧山动力电池产业链加速成型

            记者 邓梦

            9月13日，在璧山高新区一家动力电池企业的电池包生产车间，机械臂将电芯精准抓取、堆叠。

            动力电池项目的落地，让璧山的新能源汽车产业链更加完整，已集聚电池及电解液配套企业40余家。

            有限公司负责人曾海峰说，公司生产的电解液有六成以上直接供应璧山本地电池企业。

            今年1—8月，璧山区新能源汽车及零部件产业实现产值312.8亿元。

            川渝共建汽车产业协作联盟

            本报记者 程远

            清晨，一辆满载汽车零部件的货车从四川宜宾出发，4个多小时后抵达重庆一家整车工厂。

            两地汽车产业链配套协作企业超过1000家，联合编制汽车产业链图谱。

            “电解液企业就在身边，我们的客户就在家门口。”重庆恒源新能源材料
            """);

        Assert.Contains("新能源材料有限公司负责人曾海峰说", Titled(page, "璧山动力电池产业链加速成型").Body);
        Assert.DoesNotContain("客户就在家门口", Titled(page, "川渝共建汽车产业协作联盟").Body);
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\n")]
    public void On_a_wrapped_page_a_blank_line_after_a_cut_speaker_is_not_a_column_break_when_the_name_ends_elsewhere(string between)
    {
        // Wrapped at 17 letters, the quote's paragraph fills its last line; the blank line after it would otherwise
        // be read as a column break inside the paragraph, and the next paragraph glued to the cut name.
        string[] paragraphs =
        [
            "秀山脆李迎来采摘季",
            "本报记者 周林",
            "6月9日，秀山县隘口镇的果园里，果农们正在采摘脆李，分拣中心内一颗颗脆李经过光电分选机按照大小、糖度自动分级。",
            "“分选机每小时能分选十五吨脆李。”秀山县一家果业专业合作社负责人王志",
            "秀山县农业农村委数据显示，今年全县脆李种植面积12万亩，预计产量超过10万吨，电商销售比重达到三成。",
            "城口老腊肉年货节线上开卖",
            "本报讯（通讯员 陈丽）1月14日，城口县老腊肉年货节在县电商产业园开幕，二十余名主播在线推介腊肉、香肠等山货。",
            "去年，城口县老腊肉加工量达到1.2万吨，带动农户增收，老腊肉网店销售额同比增长三成以上。",
            "明说，分级销售后，优质脆李每斤售价比统货高出1元左右，果农收入明显增加。",
        ];
        // Without blank lines (between = "\n") the cut name's full line runs straight into the next paragraph.
        var page = Parse(string.Join(between, paragraphs.Select(p => p.Length > 17 ? Stages.Wrap(p, 17) : p)));

        var plums = Titled(page, "秀山脆李迎来采摘季").Body;
        Assert.Contains("负责人王志明说，分级销售后", plums);
        Assert.DoesNotContain("王志秀山县", plums);
    }

    [Fact]
    public void Two_headlines_printed_together_whose_texts_the_page_prints_in_turn_each_get_their_paragraphs()
    {
        // The commentary's reporter's line is printed over the feature's paragraphs about 江津, which go back to the
        // feature: its own text names 江津 and the commentary's never does.
        var page = Parse("""
            向新图强

            “花椒订单排到了年底”

            记者 王林

            “今年的花椒订单已经排到了年底。”4月1日，在江津区一家花椒加工企业，总经理指着生产线告诉记者。

            这家企业主要生产花椒油、藤椒油，去年销售额突破2亿元。

            本报特约评论员 李青

            江津是远近闻名的“花椒之乡”，全区花椒种植面积达到50万亩，花椒加工企业16家。

            新年伊始，走进工厂车间，处处涌动着向新图强的热潮。

            “以前花椒收回来只能晒干卖，现在企业保底收购。”江津区先锋镇种植户说。

            向新图强，新在技术。只有把核心技术掌握在自己手中，企业才能站稳脚跟。

            江津区农业农村委介绍，今年将新建花椒标准化种植基地2万亩。

            向新图强，新在模式。数字化、智能化正在深刻改变生产方式。
            """);

        var commentary = Titled(page, "向新图强");
        Assert.StartsWith("本报特约评论员 李青", commentary.Body);
        Assert.Contains("新在模式", commentary.Body);
        Assert.DoesNotContain("花椒", commentary.Body);
        var feature = Titled(page, "“花椒订单排到了年底”");
        Assert.Contains("花椒之乡", feature.Body);
        Assert.Contains("标准化种植基地", feature.Body);
    }

    [Fact]
    public void A_title_printed_among_another_articles_paragraphs_takes_its_own_paragraphs_back()
    {
        // Two articles printed in turn, the second's title after its first paragraphs: read in place it is a section
        // head of the first (the paragraphs above it say its words), but it shares nothing with the first's title and
        // the text opens twice (a dateline, a paragraph opening with its date).
        var page = Parse("""
            全市跨境电商交易额增长两成

            本报讯（记者 陈明）3月5日，市商务委发布数据，去年全市跨境电商交易额达到420亿元，同比增长21%。

            8月2日，一辆满载锂电池的氢能重卡从物流园出发，氢能重卡干线示范线路正式开通运营。

            从企业类型看，跨境电商企业中民营企业占比超过七成，交易额增长26%。

            这条示范线路全长180公里，沿线建成加氢站3座，每座加氢站日加氢能力1000公斤。

            氢能重卡干线示范线路开通运营

            从市场分布看，跨境电商出口东盟增长32%，东盟成为第一大跨境电商市场。

            示范线路投入氢能重卡50辆，每辆氢能重卡每年可减少碳排放约100吨。

            下一步，市商务委将培育跨境电商品牌企业，新建跨境电商海外仓20个。

            物流园负责人表示，将推动更多氢能重卡投入干线运输。
            """);

        var trucks = Titled(page, "氢能重卡干线示范线路开通运营").Body;
        Assert.StartsWith("8月2日", trucks);
        Assert.Contains("加氢站3座", trucks);
        Assert.Contains("减少碳排放", trucks);
        Assert.DoesNotContain("跨境电商", trucks);
        var trade = Titled(page, "全市跨境电商交易额增长两成").Body;
        Assert.Contains("出口东盟", trade);
        Assert.Contains("海外仓", trade);
        Assert.DoesNotContain("氢能", trade);
    }

    [Fact]
    public void A_title_printed_among_another_articles_paragraphs_leaves_the_reporter_under_the_first_title_to_it()
    {
        // The first article's reporter's line is printed over the second's dateline: two openers, one each.
        var page = Parse("""
            全市跨境电商交易额增长两成

            本报记者 陈明

            新华社重庆8月2日电（记者 周立）一辆满载锂电池的氢能重卡从物流园出发，氢能重卡干线示范线路正式开通运营。

            市商务委发布数据，去年全市跨境电商交易额达到420亿元，同比增长21%。

            从企业类型看，跨境电商企业中民营企业占比超过七成，交易额增长26%。

            这条示范线路全长180公里，沿线建成加氢站3座，每座加氢站日加氢能力1000公斤。

            氢能重卡干线示范线路开通运营

            从市场分布看，跨境电商出口东盟增长32%，东盟成为第一大跨境电商市场。

            示范线路投入氢能重卡50辆，每辆氢能重卡每年可减少碳排放约100吨。

            下一步，市商务委将培育跨境电商品牌企业，新建跨境电商海外仓20个。
            """);

        var trucks = Titled(page, "氢能重卡干线示范线路开通运营").Body;
        Assert.StartsWith("新华社重庆8月2日电", trucks);
        Assert.Contains("减少碳排放", trucks);
        Assert.DoesNotContain("跨境电商", trucks);
        var trade = Titled(page, "全市跨境电商交易额增长两成").Body;
        Assert.StartsWith("本报记者 陈明", trade);
        Assert.Contains("海外仓", trade);
        Assert.DoesNotContain("氢能", trade);
    }

    [Fact]
    public void A_photo_caption_printed_over_its_title_is_that_titles_item()
    {
        var page = Parse("""
            9月30日，寸滩码头集装箱堆场，龙门吊正在夜间装卸集装箱。假期前一周，码头累计完成集装箱吞吐量1.6万标箱。图为作业现场。（记者 王明 摄）

            寸滩码头夜间装卸忙

            江津花椒节线上开幕

            本报讯（通讯员 李华）9月28日，江津区花椒节在电商产业园开幕，30余名主播在线推介花椒油、藤椒油，首日线上销售额达到120万元。
            """);

        Assert.Contains("龙门吊", Titled(page, "寸滩码头夜间装卸忙").Body);
        Assert.DoesNotContain(page.Articles, a => a.Title is null or "");
        Assert.DoesNotContain("龙门吊", Titled(page, "江津花椒节线上开幕").Body);
    }

    [Fact]
    public void A_deck_printed_without_its_mark_under_its_title_stays_a_deck_of_that_title()
    {
        // Title, deck, and a second title stacked over two texts printed in turn: the deck line says the first text's
        // words, but it is not a title to feed with that text (the title right over it would give away the paragraphs
        // that say its words) and, left with no text, it goes under the title printed over it.
        var page = Parse("""
            前8个月全市造船出口增长两成

            借道长江黄金水道和江海联运航线

            上半年全市快递业务量同比增长15%

            首席记者 周岚

            7月10日，市邮政管理局发布数据，上半年全市快递业务量完成8.6亿件，同比增长15%，增速高于全国2个百分点。

            首席记者 罗永

            记者9月12日从市港航局获悉，今年前8个月，全市造船企业出口船舶26艘，同比增长21%，出口值38.6亿元。

            从快递品类看，农产品寄递量增长32%，生鲜冷链件占比提高到18%，快递进村服务持续完善。

            船舶出口离不开长江黄金水道。目前，造船企业交付的船舶经江海联运航线驶往上海，再出海交付给海外船东。

            从快递网络看，全市已建成乡镇快递服务站点960个，快递业务量保持较快增长。

            业内人士预计，随着新船型研发加快，全市造船出口有望继续保持较快增长。
            """);

        var ships = Titled(page, "前8个月全市造船出口增长两成");
        Assert.Equal(["借道长江黄金水道和江海联运航线"], ships.Subtitles);
        Assert.Contains("船舶出口离不开长江黄金水道", ships.Body);
        Assert.DoesNotContain(page.Articles, a => a.Title == "借道长江黄金水道和江海联运航线");
    }

    [Fact]
    public void A_photo_item_does_not_take_stray_text_after_its_credit()
    {
        // A caption closed by its photo credit is a whole item: text printed after it without a headline, however much it
        // shares the photo's words, is another article's.
        var page = Parse("""
            寸滩码头夜间装卸忙

            9月30日，寸滩码头集装箱堆场，龙门吊正在夜间装卸集装箱。假期前一周，码头累计完成集装箱吞吐量1.6万标箱。图为作业现场。（记者 王明 摄）

            记者 陈立

            码头所在的江北区今年新开通国际航线3条，集装箱吞吐量同比增长12%，码头物流企业达到40家。

            区港航部门表示，将继续优化码头作业流程，提升集装箱周转效率。
            """);

        Assert.DoesNotContain("国际航线", Titled(page, "寸滩码头夜间装卸忙").Body);
        Assert.Contains(page.Articles, a => a.Body.Contains("国际航线", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_stacked_titles_over_a_photo_and_a_report_each_get_their_own()
    {
        // A photo's caption with its credit is an item of its own: it opens one article as the dateline opens the
        // other, and the report is not glued under the caption as text is under a reporter's line.
        var page = Parse("""
            江津花椒节线上开幕

            寸滩码头夜间装卸忙

            9月30日，寸滩码头集装箱堆场，龙门吊正在夜间装卸集装箱。假期前一周，码头累计完成集装箱吞吐量1.6万标箱。图为作业现场。（记者 王明 摄）

            本报讯（通讯员 李华）9月28日，江津区花椒节在电商产业园开幕，30余名主播在线推介花椒油、藤椒油，首日线上销售额达到120万元。
            """);

        var photo = Titled(page, "寸滩码头夜间装卸忙").Body;
        Assert.Contains("龙门吊", photo);
        Assert.DoesNotContain("花椒", photo);
        Assert.Contains("花椒油", Titled(page, "江津花椒节线上开幕").Body);
    }

    [Fact]
    public void A_run_moved_to_the_article_naming_its_district_leaves_behind_the_paragraphs_that_read_like_their_own_article()
    {
        // The last paragraph (江津区) is the feature's lead printed after the commentary; the commentary's closing
        // paragraphs before it name no district and stay.
        var page = Parse("""
            江津区花椒产业综合产值突破百亿元

            首席记者 王林

            江津区花椒种植面积达到53万亩，花椒油、藤椒油销往全国，带动椒农增收。

            江津区先锋镇建成花椒交易市场，今年交易额预计突破20亿元。

            向新图强

            本报评论员 李青

            新年伊始，走进两江新区的工厂车间，处处涌动着向新图强的热潮。

            向新图强，新在技术。只有把核心技术掌握在自己手中，企业才能站稳脚跟。

            站在新起点上，以只争朝夕的劲头抓产业、强实体，向新图强的画卷必将越绘越精彩。

            8月5日，江津区先锋镇的花椒加工厂满负荷运转，鲜花椒经过烘干、筛选，加工成花椒油。
            """);

        var commentary = Titled(page, "向新图强");
        Assert.Contains("新在技术", commentary.Body);
        Assert.Contains("站在新起点上", commentary.Body);
        var feature = Titled(page, "江津区花椒产业综合产值突破百亿元");
        Assert.Contains("8月5日，江津区先锋镇的花椒加工厂", feature.Body);
        Assert.DoesNotContain("向新图强", feature.Body);
    }

    [Fact]
    public void A_photo_caption_ends_at_its_credit_and_the_paragraph_after_it_finds_its_own_article()
    {
        var page = Parse("""
            数控车间里的“绣花功夫”

            记者 胡晓雯

            天刚蒙蒙亮，陈志远就已经站在了数控机床前，仔细测量刚加工好的零件。

            陈志远是装备制造企业的高级技师，也是厂里公认的“技术大拿”。

            长寿经开区重点项目加紧建设

            图片新闻

            9月20日，长寿经开区一新材料项目现场，工人正在吊装反应器。该项目总投资42亿元，预计明年建成投产。（记者 郑宇 摄）

            如今，陈志远把更多精力放在带徒弟上，他带出的徒弟中，不少人已成为车间骨干。
            """);

        var photo = Titled(page, "长寿经开区重点项目加紧建设");
        Assert.EndsWith("（记者 郑宇 摄）", photo.Body);
        Assert.Contains("如今，陈志远把更多精力放在带徒弟上", Titled(page, "数控车间里的“绣花功夫”").Body);
    }

    [Fact]
    public void A_paragraph_printed_after_a_number_cut_apart_goes_to_the_article_naming_its_district()
    {
        // "…年产量约42" is finished by "万吨，…" printed above it; the paragraph printed under the cut number names the
        // other article's county, and a closing line ends it.
        var page = Parse("""
            酉阳油茶林面积扩大到20万亩

            通讯员 杨林

            “今年挂果多，估计每亩能收鲜果四百斤。”基地负责人冉明说，基地与周边两百多户村民签订了务工协议。

            近年来，酉阳把油茶作为乡村振兴的重要产业，建成油茶加工厂6座，年加工茶油能力达到5000吨。

            忠县柑橘加工转化率提高到75%

            本报记者 黎明

            1月22日，在忠县新生港附近的一家果业公司，一条橙汁生产线正在满负荷运转，每天加工鲜果800吨左右。

            万吨，其中约75%通过加工转化，比5年前提高了18个百分点。

            精深加工让柑橘“一果多吃”。目前，忠县已开发橙汁、果酱、柑橘精油、陈皮等产品40余种。

            忠县是全国柑橘生产重点县。截至2023年底，全县柑橘种植面积达到35.6万亩，年产量约42

            眼下，酉阳土家族苗族自治县的油茶林进入采摘期，村民们背着背篓穿梭在林间，忙着采摘油茶果。

            （来源：酉阳县融媒体中心）

            忠县将继续引进柑橘精深加工项目，力争到2027年柑橘产业综合产值突破100亿元。
            """);

        Assert.Contains("眼下，酉阳土家族苗族自治县的油茶林", Titled(page, "酉阳油茶林面积扩大到20万亩").Body);
        var oranges = Titled(page, "忠县柑橘加工转化率提高到75%").Body;
        Assert.DoesNotContain("油茶", oranges);
        Assert.Contains("年产量约42万吨，其中约75%", oranges);
    }

    [Fact]
    public void Text_under_a_headline_that_finishes_the_sentence_cut_above_the_headline_is_not_the_headlines()
    {
        // "…包装牛肉产品。这" | headline | "些产品将通过…": the headline was printed into the cut sentence.
        var page = Parse("""
            丰都肉牛产业综合产值突破60亿元

            本报记者 谭飞

            11月30日，丰都县一家肉牛屠宰加工企业的生产车间里，工人们正在分割、包装牛肉产品。这

            石柱辣椒订单排到年底

            些产品将通过冷链物流销往重庆主城、成都等地，冷鲜肉、牛肉干等产品供不应求。

            近年来，丰都县把肉牛作为农业主导产业，建成标准化肉牛养殖场200余个，年出栏肉牛超过15万头。

            记者 冉光

            9月2日，在石柱土家族自治县的一家辣椒食品公司，总经理马林指着忙碌的生产线告诉记者，辣椒酱订单已经排到了年底。

            石柱是远近闻名的辣椒之乡，全县发展辣椒种植10万亩，引进培育辣椒加工企业16家。
            """);

        var beef = Titled(page, "丰都肉牛产业综合产值突破60亿元").Body;
        Assert.Contains("包装牛肉产品。这些产品将通过冷链物流", beef);
        Assert.Contains("年出栏肉牛超过15万头", beef);
        var peppers = Titled(page, "石柱辣椒订单排到年底").Body;
        Assert.DoesNotContain("产品将通过冷链物流", peppers);
        Assert.Contains("辣椒酱订单已经排到了年底", peppers);
    }

    [Fact]
    public void A_quote_cut_inside_a_date_joins_the_date_printed_in_the_other_article()
    {
        // "…”4" is not finished by the figures under it ("今年1—10月"); "月1日，在石柱…" is the one paragraph that can.
        var page = Parse("""
            石柱辣椒订单排到年底

            记者 冉光

            丰都肉牛产业综合产值突破60亿元

            “今年的辣椒订单已经排到了年底，工人们正在加班加点生产。”4

            今年1—10月，丰都肉牛产业实现综合产值62.3亿元，同比增长8.7%，带动1.6万户农户增收。

            近年来，丰都县把肉牛作为农业主导产业，建成标准化肉牛养殖场200余个，年出栏肉牛超过15万头。

            月1日，在石柱土家族自治县的一家辣椒食品公司，总经理马林指着忙碌的生产线告诉记者。

            石柱是远近闻名的辣椒之乡，全县发展辣椒种植10万亩，引进培育辣椒加工企业16家，辣椒订单同比增加四成。
            """);

        Assert.Contains("加班加点生产。”4月1日，在石柱", Titled(page, "石柱辣椒订单排到年底").Body);
        Assert.DoesNotContain("辣椒订单", Titled(page, "丰都肉牛产业综合产值突破60亿元").Body);
    }

    [Fact]
    public void A_reporters_line_left_among_another_articles_paragraphs_opens_the_article_printed_under_it()
    {
        // The beef paragraphs were printed under the pepper headline, the reporter's line over the beef headline; the
        // paragraph under that headline is the pepper story's, which names no reporter.
        var page = Parse("""
            石柱辣椒订单排到年底

            11月30日，丰都县一家肉牛屠宰加工企业的生产车间里，工人们正在分割、包装牛肉产品，冷鲜肉、牛肉干供不应求。

            近年来，丰都县把肉牛作为农业主导产业，建成标准化肉牛养殖场200余个，年出栏肉牛超过15万头。

            记者 冉光

            丰都肉牛产业综合产值突破60亿元

            “今年的辣椒订单已经排到了年底，工人们正在加班加点生产。”4

            今年1—10月，丰都肉牛产业实现综合产值62.3亿元，同比增长8.7%，带动1.6万户农户增收。

            月1日，在石柱土家族自治县的一家辣椒食品公司，总经理马林指着忙碌的生产线告诉记者。

            石柱是远近闻名的辣椒之乡，全县发展辣椒种植10万亩，引进培育辣椒加工企业16家，辣椒订单同比增加四成。
            """);

        Assert.StartsWith("记者 冉光", Titled(page, "石柱辣椒订单排到年底").Body);
        Assert.DoesNotContain("冉光", Titled(page, "丰都肉牛产业综合产值突破60亿元").Body);
    }

    [Fact]
    public void On_a_page_wrapped_by_characters_a_line_ending_on_the_space_the_wrap_fell_on_goes_on()
    {
        // "联系人：…推进处 " fills the 17 columns with its space; the name under it is not a headline of its own.
        string[] paragraphs =
        [
            "重庆市经济和信息化委员会关于开展智能工厂认定工作的通知",
            "各区县经济信息委，有关企业：",
            "为深入推进制造业智能化改造和数字化转型，现就组织开展智能工厂和数字化车间认定工作有关事项通知如下。",
            "一、申报企业应在本市行政区域内依法注册，具有独立法人资格，生产经营和财务状况良好。",
            "二、符合条件的企业于4月30日前登录服务平台填报材料，并对材料真实性负责。",
            "联系人：市经济信息委智能化推进处 张晓峰",
            "重庆市经济和信息化委员会　2025年3月10日",
        ];
        var page = Parse(string.Join("\n\n", paragraphs.Select(p => p.Length > 17 ? Stages.Wrap(p, 17) : p)));

        var notice = Assert.Single(page.Articles);
        Assert.Contains("联系人：市经济信息委智能化推进处 张晓峰", notice.Body);
    }

    [Fact]
    public void On_a_page_without_blank_lines_a_columns_label_under_a_title_is_not_part_of_the_title()
    {
        var page = Parse("""
            巫山脆李搭乘冷链专车直达粤港澳
            区县简讯
            本报讯（记者 向晓梅）7月2日，6辆满载28吨巫山脆李的冷链专车从巫山县曲尺乡出发，将于24小时内运抵广州、深圳等地。
            今年巫山脆李种植面积达30万亩，预计产量22万吨，综合产值超过25亿元。
            """);

        Assert.Equal("巫山脆李搭乘冷链专车直达粤港澳", Assert.Single(page.Articles).Title);
    }

    [Fact]
    public void On_a_wrapped_page_without_blank_lines_a_deck_under_a_title_as_wide_as_the_column_is_not_part_of_the_title()
    {
        // Wrapped at 17: the title's 15 letters look like a wrapped line, but the line under it opens a deck.
        string[] paragraphs =
        [
            "成渝携手共建汽车产业“朋友圈”",
            "——成渝地区双城经济圈建设两周年观察",
            "本报记者 程远",
            "清晨，一辆满载汽车零部件的货车从四川宜宾出发，4个多小时后抵达重庆一家整车工厂，零部件当天就装上了生产线。",
            "两地汽车产业链配套协作企业超过1000家，联合编制汽车产业链图谱，推动整车和零部件企业就近配套。",
        ];
        var page = Parse(string.Join("\n", paragraphs.Select(p => p.Length > 17 ? Stages.Wrap(p, 17) : p)));

        Assert.Equal("成渝携手共建汽车产业“朋友圈”", Assert.Single(page.Articles).Title);
    }

    [Fact]
    public void A_title_as_wide_as_the_column_over_a_deck_the_dump_wrapped_stays_the_title()
    {
        // Wrapped at 17 with blank lines: the title's 17 letters look like the first line of a paragraph and the deck's
        // lines like its wraps, but that paragraph would stop short without finishing a sentence before a blank line.
        string[] paragraphs =
        [
            "西部陆海新通道班列开行数量再创新高\n" + Stages.Wrap("前十个月累计开行班列一万一千列，货物通达全球一百二十个国家", 17),
            Stages.Wrap("本报讯（记者 王静）11月3日，记者从市口岸物流办获悉，今年前十个月，西部陆海新通道班列累计开行一万一千列，同比增长23%。", 17),
            Stages.Wrap("目前，通道货物已通达全球120个国家和地区的490多个港口，运输品类从最初的几十种增加到1100多种。", 17),
        ];
        var page = Parse(string.Join("\n\n", paragraphs));

        var article = Assert.Single(page.Articles);
        Assert.Equal("西部陆海新通道班列开行数量再创新高", article.Title);
        Assert.Contains("前十个月累计开行班列一万一千列，货物通达全球一百二十个国家", article.Subtitles);
    }

    [Fact]
    public void A_sentence_stopped_short_before_a_blank_line_stays_a_paragraph_where_its_line_break_cuts_a_word()
    {
        // "…和数字化" over "转型，加快…": the page prints 化转 together elsewhere, so the first line is no headline's.
        string[] paragraphs =
        [
            "全市智能工厂认定工作启动",
            "为深入推进制造业智能化改造和数字化\n转型，加快构建新体系",
            Stages.Wrap("按照全市制造业数字化转型工作部署，市经济信息委现就组织开展本年度智能工厂和数字化车间认定工作。", 17),
            Stages.Wrap("申报企业应在本市注册，近三年未发生重大安全事故，请各区县于9月30日前报送推荐材料。", 17),
        ];
        var page = Parse(string.Join("\n\n", paragraphs));

        var article = Assert.Single(page.Articles);
        Assert.Equal("全市智能工厂认定工作启动", article.Title);
        Assert.Contains("和数字化转型，加快构建新体系", article.Body);
    }

    [Fact]
    public void On_an_indented_page_without_blank_lines_a_deck_wider_than_the_column_cut_at_its_own_width_is_one_deck()
    {
        // Every printed line indented, prose set at 16 to 19: the deck, wider than the column and going on over a column
        // break into "机械设备和农产品等", was cut at 23 and its rest printed without the indentation. That rest goes on
        // the deck: with the line after the break it is no title over two lines.
        const string deck = "前十个月累计开行班列一万一千列，运输品类包括汽车整车、电子产品";
        string[] headline = ["\u3000\u3000西部陆海新通道班列开行数量再创新高", "\u3000\u3000" + deck[..23], deck[23..], "\u3000\u3000机械设备和农产品等"];
        string[] before = ["园区今年新签约项目三十个，总投资超过两百亿元，其中制造业项目占七成，新开工项目二十个，带动就业岗位八百多个。"];
        string[] after =
        [
            "本报讯（记者 王静）11月3日，记者从市口岸物流办获悉，今年前十个月，西部陆海新通道班列累计开行一万一千列，同比增长两成。",
            "目前，通道货物已通达全球一百二十个国家和地区的四百九十多个港口，运输品类从最初的几十种增加到一千一百多种。",
        ];
        var lines = before.SelectMany(Typeset).Select(l => "\u3000\u3000" + l)
            .Concat(headline)
            .Concat(after.SelectMany(Typeset).Select(l => "\u3000\u3000" + l));
        var page = Parse(string.Join('\n', lines));

        var article = Assert.Single(page.Articles, a => a.Title == "西部陆海新通道班列开行数量再创新高");
        Assert.Contains(deck + "机械设备和农产品等", article.Subtitles);
    }

    [Fact]
    public void On_a_wrapped_page_without_blank_lines_a_title_the_dump_wrapped_and_the_title_under_it_are_two_headlines()
    {
        // "仙桃数据谷…超过16" / "00家" is one title stopped short; "城口老腊肉…" under it is the next article's.
        string[] paragraphs =
        [
            "奉节脐橙迎来采摘季",
            "本报记者 曾立",
            "12月9日，奉节县草堂镇的果园里，果农们正在采摘脐橙。不远处的分拣中心内，一颗颗脐橙经过光电分选机，按照大小、糖度自动分级。",
            "奉节县农业农村委数据显示，今年全县脐橙种植面积37.5万亩，预计产量超过40万吨，通过电商渠道销售的比重达到三成。",
            "仙桃数据谷集聚数字经济企业超过1600家",
            "城口老腊肉年货节线上开卖",
            "本报讯（通讯员 陈丽娟）1月14日，城口县老腊肉年货节在县电商产业园开幕，20余名主播在线推介腊肉、香肠、蜂蜜等山货，活动首日线上销售额达到186万元。",
            "本报记者 陈晓东",
            "5月15日，记者从渝北区获悉，截至4月底，仙桃国际大数据谷累计引进大数据、人工智能、软件信息等数字经济企业1623家，从业人员超过3.8万人。",
            "去年，仙桃数据谷实现营业收入482亿元，同比增长19.4%，渝北区提出到2025年力争数据谷营收突破800亿元。",
        ];
        var page = Parse(string.Join("\n", paragraphs.Select(p => p.Length > 17 ? Stages.Wrap(p, 17) : p)));

        Assert.Contains("仙桃国际大数据谷", Titled(page, "仙桃数据谷集聚数字经济企业超过1600家").Body);
        Assert.Contains("老腊肉年货节在县电商产业园开幕", Titled(page, "城口老腊肉年货节线上开卖").Body);
    }

    [Fact]
    public void Without_blank_lines_a_headline_over_a_dateline_cut_short_by_a_column_break_keeps_its_article()
    {
        // The lead's head stops mid-sentence at the column break, with no sentence mark: it looks like a headline's
        // second line, but a dateline opens a paragraph.
        string[] paragraphs =
        [
            "万盛新建山地运动公园开园",
            "本报记者 何静",
            "10月3日，万盛经开区新建的山地运动公园正式开园，首日接待游客1.2万人次，攀岩、骑行等项目前排起了长队。",
            "公园依山而建，总投资4.3亿元，建有步道28公里、露营地3处，周边民宿入住率较去年同期提高了两成。",
            "垫江牡丹籽油生产线投产",
            "本报讯（记者 罗平）9月28日，垫江县一条年产牡丹籽油3000吨的生产线建成投产，项目总投资",
            "1.6亿元，产品将销往华东和华南地区。",
            "垫江种植油用牡丹5万亩，带动2000余户农户每户年均增收6000元。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        Assert.StartsWith("本报讯", Titled(page, "垫江牡丹籽油生产线投产").Body);
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void Without_blank_lines_two_stacked_titles_naming_different_districts_are_two_headlines()
    {
        // The first article's title printed after its body, right over the second's: each names its own district,
        // so they are two titles, not one title set over two lines.
        string[] paragraphs =
        [
            "本报讯（记者 何静）10月3日，万盛经开区新建的山地运动公园正式开园，首日接待游客1.2万人次，攀岩、骑行等项目前排起了长队。",
            "公园依山而建，总投资4.3亿元，建有步道28公里、露营地3处，周边民宿入住率较去年同期提高了两成。",
            "万盛新建山地运动公园开园",
            "垫江牡丹籽油生产线投产",
            "本报讯（记者 罗平）9月28日，垫江县一条年产牡丹籽油3000吨的生产线建成投产，产品将销往华东和华南地区。",
            "垫江种植油用牡丹5万亩，带动2000余户农户每户年均增收6000元。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        Assert.Contains("山地运动公园正式开园", Titled(page, "万盛新建山地运动公园开园").Body);
        Assert.Contains("油用牡丹5万亩", Titled(page, "垫江牡丹籽油生产线投产").Body);
    }

    [Fact]
    public void Without_blank_lines_a_title_naming_its_district_over_a_shorter_line_naming_none_is_the_title_alone()
    {
        // "…开园" names its place; the line under it, shorter and naming none, is its deck, not the title's second half.
        string[] paragraphs =
        [
            "万盛新建山地运动公园正式开园迎客",
            "攀岩骑行露营项目受追捧",
            "本报讯（记者 何静）10月3日，万盛经开区新建的山地运动公园正式开园，首日接待游客1.2万人次，攀岩、骑行等项目前排起了长队。",
            "公园依山而建，总投资4.3亿元，建有步道28公里、露营地3处，周边民宿入住率较去年同期提高了两成。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        Assert.Equal("万盛新建山地运动公园正式开园迎客", Assert.Single(page.Articles).Title);
    }

    [Fact]
    public void Without_blank_lines_a_shorter_line_naming_no_subject_over_a_title_naming_its_district_is_the_kicker()
    {
        // The mirror of title over deck: the kicker above names nothing and is clearly shorter; the title names 璧山.
        string[] paragraphs =
        [
            "首创普惠型工业互联网平台",
            "璧山打造中小企业上网上云的快车道",
            "本报讯（记者 王强）3月5日，记者从璧山区获悉，当地一家工业互联网企业开发的普惠型平台已接入中小企业两千多家。",
            "企业负责人介绍，平台可按行业定制，中小企业以很低的成本就能上网上云，今年接入企业预计突破五千家。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        var article = Assert.Single(page.Articles);
        Assert.Equal("璧山打造中小企业上网上云的快车道", article.Title);
        Assert.Contains("首创普惠型工业互联网平台", article.Subtitles);
    }

    [Fact]
    public void Without_blank_lines_a_title_broken_evenly_over_two_lines_stays_one_title()
    {
        // The first half names the district, but the second is as long: one title set over two lines, not title and deck.
        string[] paragraphs =
        [
            "万盛山地运动公园首期工程",
            "竣工验收十月初开园迎客",
            "本报讯（记者 何静）9月25日，万盛经开区山地运动公园首期工程通过竣工验收，攀岩、骑行等项目将于10月初开放。",
            "公园依山而建，总投资4.3亿元，建有步道28公里、露营地3处，周边民宿已开始接受预订。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        Assert.Equal("万盛山地运动公园首期工程 竣工验收十月初开园迎客", Assert.Single(page.Articles).Title);
    }

    [Fact]
    public void Without_blank_lines_a_line_too_short_to_say_more_than_its_subject_and_the_shorter_line_under_it_are_one_title()
    {
        // "全市社区养老服务站" names the city and is clearly longer than "全面建成投用", but says nothing of it: the first half of
        // one title broken over two lines, not a title over its deck.
        string[] paragraphs =
        [
            "全市社区养老服务站",
            "全面建成投用",
            "本报讯（记者 何静）9月25日，记者从市民政局获悉，全市3215个社区养老服务站已全部建成投用，配备助餐、助浴等设施。",
            "市民政局负责人介绍，今年以来服务站累计服务老年人四十多万人次，明年将推动站点向农村延伸。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        Assert.Equal("全市社区养老服务站 全面建成投用", Assert.Single(page.Articles).Title);
    }

    [Fact]
    public void Without_blank_lines_a_clause_a_column_break_cut_over_its_tail_is_text_not_a_headline()
    {
        // "…开通了三条公交" stops mid-word after a comma; the line under it finishes the word ("专线"): one paragraph
        // cut in two, not a headline over a new article.
        string[] paragraphs =
        [
            "万盛新建山地运动公园开园",
            "本报讯（记者 何静）10月3日，万盛经开区新建的山地运动公园正式开园，首日接待游客1.2万人次。",
            "为方便游客出行，景区开通了三条公交",
            "专线，周末还将加开夜班车。",
            "公园依山而建，总投资4.3亿元，建有步道28公里、露营地3处，周边民宿入住率较去年同期提高了两成。",
        ];
        var page = Parse(string.Join("\n", paragraphs));

        Assert.Contains("景区开通了三条公交", Assert.Single(page.Articles).Body);
    }

    /// <summary>A typeset page without blank lines: prose set at 16 to 19 characters a line, a headline stack between.</summary>
    private static string TypesetPage(params string[] headline)
    {
        string[] before =
        [
            "园区今年新签约项目三十个，总投资超过两百亿元，其中制造业项目占七成，新开工项目二十个，带动就业岗位八百多个。",
        ];
        string[] after =
        [
            "本报讯（记者 王强）3月5日，全市工业大会召开。会议强调，要加快推进制造业转型升级，全力建设重要先进制造业基地，推动工业经济稳步增长。",
            "会议指出，各地要抓好重点项目建设，做优存量、扩大增量，培育一批领军企业，持续优化营商环境，为企业发展提供更好服务。",
        ];
        return string.Join('\n', before.SelectMany(Typeset).Concat(headline).Concat(after.SelectMany(Typeset)));
    }

    /// <summary>A paragraph cut into lines of 16 to 19 characters, as a typeset column prints it.</summary>
    private static IEnumerable<string> Typeset(string paragraph)
    {
        int[] widths = [16, 17, 18, 19];
        for (int at = 0, i = 0; at < paragraph.Length; at += widths[i++ % widths.Length])
            yield return paragraph.Substring(at, Math.Min(widths[i % widths.Length], paragraph.Length - at));
    }

    [Fact]
    public void Without_blank_lines_a_letter_spaced_headline_line_that_reaches_the_column_edge_is_not_wrapped_into_the_next()
    {
        // "加 快 推 进 …" happens to be as wide as the typeset column; the title line under it is not its wrap.
        var page = Parse(TypesetPage("市委书记在全市工业大会上强调", "加 快 推 进 制 造 业 转 型 升 级", "全力建设西部地区重要先进制造业基地"));

        Assert.Contains(page.Articles, a => a.Title == "加快推进制造业转型升级 全力建设西部地区重要先进制造业基地");
    }

    [Fact]
    public void Without_blank_lines_a_short_line_under_a_title_as_wide_as_the_column_is_a_line_of_its_own()
    {
        // No mark in either line, the break between two words: "…制造业基地" and "刘卫东讲话" are two display lines
        // (title and deck), not one line the typeset column wrapped.
        var page = Parse(TypesetPage("全力建设西部地区重要先进制造业基地", "刘卫东讲话"));

        var article = Assert.Single(page.Articles, a => a.Title == "全力建设西部地区重要先进制造业基地");
        Assert.Contains("刘卫东讲话", article.Subtitles);
    }

    [Fact]
    public void Without_blank_lines_headline_lines_the_typeset_column_ran_into_one_paragraph_are_headlines_each()
    {
        // After the first article's text: its kicker and title, another article's title with no text, and a third title
        // over two lines above its own text. The two full lines and the short one under them never end a sentence: on a
        // typeset page nothing cuts a paragraph short, so they are headline lines, not a paragraph.
        string[] first =
        [
            "本报讯（记者 王强）3月5日，记者从璧山区获悉，当地一家工业互联网企业开发的普惠型平台已接入中小企业两千多家，企业上云成本下降六成。",
            "企业负责人介绍，平台可按行业定制，中小企业以很低的成本就能上网上云，今年接入企业预计突破五千家。",
        ];
        string[] stack =
        [
            "首创普惠型工业互联网平台",
            "璧山打造中小企业上网上云的“快车道”",
            "这份民生实事清单，每一位居民都受益",
            "全市社区养老服务站",
            "建设任务全面完成",
        ];
        var third = "全市 3215 个社区养老服务站100%建成投用，新建站点配备助餐、助浴等设施，服务老年人四十多万人次。";
        var page = Parse(string.Join('\n', first.SelectMany(Typeset).Concat(stack).Concat(Typeset(third))));

        Assert.Contains(page.Articles, a => a.Title == "这份民生实事清单，每一位居民都受益" && a.Body.Length == 0);
        var lead = Assert.Single(page.Articles, a => a.Body.Contains("企业负责人介绍"));
        Assert.EndsWith("璧山打造中小企业上网上云的“快车道”", lead.Title);
        var care = Assert.Single(page.Articles, a => a.Body.Contains("3215"));
        Assert.StartsWith("全市社区养老服务站", care.Title);
        Assert.DoesNotContain("企业负责人介绍", care.Body);
    }

    private static readonly string[] StrayAtPageEnd =
    [
        "石柱辣椒加工产值突破20亿元",
        "本报记者 王强",
        "11月3日，在石柱土家族自治县的一家辣椒加工企业里，工人们正在分拣新收的辣椒，生产线上的辣椒酱一瓶瓶装箱。",
        "近年来，石柱通过订单种植带动农户发展辣椒种植，全县辣椒种植面积达到12万亩，辣椒加工企业发展到26家。",
        "今年前10个月，石柱辣椒加工产值突破20亿元，同比增长18%，辣椒酱、火锅底料等产品进入全国多家连锁超市。",
        "綦江新建智能物流园投用",
        "本报记者 李明",
        "11月5日，綦江区一座智能物流园正式投用，园区内自动分拣线每小时可处理包裹3万件，冷链仓库容量达到2万吨。",
        "物流园由本地企业投资建设，总投资8.6亿元，规划建设仓储、分拨、配送三大功能区，服务周边200多家商贸企业。",
        "园区负责人介绍，物流园投用后，綦江到主城的配送时间缩短到4小时以内，企业物流成本平均下降15%。",
    ];

    [Fact]
    public void A_paragraph_printed_at_the_page_end_that_reads_like_another_article_goes_to_that_article()
    {
        // The dump printed the first article's last paragraph after the second article's text.
        var page = Parse(string.Join("\n\n", StrayAtPageEnd.Append("辣椒酱、火锅底料等辣椒加工产品今年新增出口订单超过3亿元，辣椒加工企业正在扩建生产线。")));

        Assert.Contains("新增出口订单", Titled(page, "石柱辣椒加工产值突破20亿元").Body);
        Assert.DoesNotContain("新增出口订单", Titled(page, "綦江新建智能物流园投用").Body);
    }

    [Fact]
    public void A_paragraph_before_the_last_article_s_closing_line_stays_in_that_article()
    {
        // The same paragraph, but the last article's reporter's line closes the page under it: it is that article's.
        var page = Parse(string.Join("\n\n", StrayAtPageEnd.Where(p => p != "本报记者 李明")
            .Append("辣椒酱、火锅底料等辣椒加工产品今年新增出口订单超过3亿元，辣椒加工企业正在扩建生产线。").Append("（记者 李明）")));

        Assert.Contains("新增出口订单", Titled(page, "綦江新建智能物流园投用").Body);
    }

    [Fact]
    public void Two_stacked_titles_over_two_briefs_each_naming_its_own_district_are_two_articles()
    {
        // Only one brief opens with a dateline: the two titles' districts say which paragraph is whose.
        var page = Parse("""
            大足五金产业园新增两条生产线

            永川智能装备产业园签约三个项目

            本报讯（记者 陈静）6月3日，永川区智能装备产业园集中签约3个项目，协议总投资12亿元，涉及数控机床、工业机器人和智能传感器。

            6月2日，大足区五金产业园内，一家刀具企业的两条自动化生产线同时投产，年产能提高到800万把。
            """);

        Assert.Contains("刀具企业", Titled(page, "大足五金产业园新增两条生产线").Body);
        var yongchuan = Titled(page, "永川智能装备产业园签约三个项目");
        Assert.Contains("集中签约3个项目", yongchuan.Body);
        Assert.DoesNotContain("刀具企业", yongchuan.Body);
    }

    [Fact]
    public void A_clause_stopped_mid_sentence_over_the_text_that_finishes_it_is_not_a_headline()
    {
        // "…产值约占全县农业" stops where the column broke; "的三成，…" under it cannot open a sentence.
        var page = Parse("""
            城口腊肉产业产值突破20亿元

            本报讯（记者 李明）3月2日，城口县召开腊肉产业发展大会，发布腊肉加工地方标准。

            本报记者 李明

            全县腊肉加工企业去年增至42家，产值约占全县农业

            的三成，带动2万余户农户增收。
            """);

        var article = Assert.Single(page.Articles);
        Assert.Equal("城口腊肉产业产值突破20亿元", article.Title);
        Assert.Contains("去年增至42家", article.Body);
    }

    [Fact]
    public void A_clause_cut_mid_sentence_among_paragraphs_is_not_a_headline_though_its_tail_is_printed_elsewhere()
    {
        // "…直达港口的专" is a paragraph's head between two paragraphs; its tail "线班车…" went to the page's end.
        var page = Parse("""
            城口腊肉产业产值突破20亿元

            本报讯（记者 李明）3月2日，城口县召开腊肉产业发展大会，发布腊肉加工地方标准。

            为缩短物流时间，园区开通了直达港口的专

            近年来，城口县把腊肉作为农业主导产业，建成标准化生猪养殖场80余个。

            彭水特色农产品加工产值增长两成

            本报讯（记者 吴岚）5月6日，记者从彭水县获悉，今年一季度全县特色农产品加工产值同比增长21.3%。

            线班车，每周发车三班。
            """);

        Assert.Equal(2, page.Articles.Count);
        Assert.Contains("直达港口的专", Titled(page, "城口腊肉产业产值突破20亿元").Body);
    }

    [Fact]
    public void A_document_number_printed_apart_from_its_title_goes_under_that_title()
    {
        // The document's number was printed after the next article's headline group, alone: it is not an article.
        var page = Parse("""
            城口县关于加快腊肉产业高质量发展的实施意见

            彭水特色农产品加工产值增长两成

            本报讯（记者 吴岚）5月6日，记者从彭水县获悉，今年一季度全县特色农产品加工产值同比增长21.3%。

            城口府发〔2026〕7号

            各乡镇人民政府，县政府各部门：

            为推动腊肉产业由卖原料向卖产品转变，结合我县实际，提出如下意见。

            一、到2028年，全县腊肉产业综合产值达到50亿元。
            """);

        Assert.DoesNotContain(page.Articles, a => a.Title.Contains("〔2026〕"));
        Assert.Equal(2, page.Articles.Count);
    }

    [Fact]
    public void A_columns_label_left_alone_at_the_pages_end_is_not_an_article()
    {
        var page = Parse("""
            城口腊肉产业产值突破20亿元

            本报讯（记者 李明）3月2日，城口县召开腊肉产业发展大会，发布腊肉加工地方标准。

            彭水特色农产品加工产值增长两成

            本报讯（记者 吴岚）5月6日，记者从彭水县获悉，今年一季度全县特色农产品加工产值同比增长21.3%。

            一线观察
            """);

        Assert.Equal(2, page.Articles.Count);
        Assert.DoesNotContain(page.Articles, a => a.Title == "一线观察");
    }

    [Fact]
    public void A_columns_label_over_another_articles_stray_paragraph_at_the_pages_end_titles_nothing()
    {
        // "一线观察" is the city-county article's column label; the paragraph under it is the first article's, printed at
        // the page's end. A label heads no text that opens without a byline or a dateline and never says its words.
        var page = Parse("""
            城口腊肉产业产值突破20亿元

            本报讯（记者 李明）3月2日，城口县召开腊肉产业发展大会，发布腊肉加工地方标准。

            会上，城口县与多家电商平台签约，城口腊肉今年线上销售额有望突破5亿元。

            彭水特色农产品加工产值增长两成

            本报讯（记者 吴岚）5月6日，记者从彭水县获悉，今年一季度全县特色农产品加工产值同比增长21.3%。

            彭水县农业农村委负责人介绍，全县已建成红薯、魔芋加工基地12个，带动农户增收。

            一线观察

            城口县还将建设腊肉冷链仓储中心，让城口腊肉从大巴山深处走上全国各地的餐桌。
            """);

        Assert.Equal(2, page.Articles.Count);
        Assert.DoesNotContain(page.Articles, a => a.Title == "一线观察");
        Assert.Contains("腊肉冷链仓储中心", Assert.Single(page.Articles, a => a.Title.StartsWith("城口")).Body);
    }

    [Fact]
    public void A_title_as_short_as_a_columns_label_still_titles_the_text_that_says_it_again()
    {
        var page = Parse("""
            城口腊肉产业产值突破20亿元

            本报讯（记者 李明）3月2日，城口县召开腊肉产业发展大会，发布腊肉加工地方标准。

            向绿而行

            新年伊始，走进山区村镇，处处涌动着向绿而行的热潮，生态产业成为增收的新引擎。

            向绿而行，绿在产业。各地应在做优生态产品上持续用力，让绿水青山产生更多效益。
            """);

        Assert.Contains(page.Articles, a => a.Title == "向绿而行" && a.Body.Contains("新年伊始"));
    }

    [Fact]
    public void A_documents_number_over_its_addressees_goes_with_the_document_not_the_next_story()
    {
        // The number heads the page; the addressee line under it opens the document, whose title the page printed at
        // its end. The title takes the text it restates, and the number goes with it, not under the news story's
        // headline printed after it.
        var page = Parse("""
            南府发〔2024〕7号

            各乡镇人民政府，区政府各部门：

            为推动茶叶产业高质量发展，结合我区实际，提出如下意见。

            一、总体要求。到2027年，全区茶园面积稳定在10万亩以上，茶叶综合产值达到50亿元。

            二、重点任务。建设标准化茶园2万亩，支持茶叶加工企业技术改造，培育茶叶区域公用品牌。

            云梦县肉兔加工项目投产

            本报记者 李青

            5月8日，云梦县一家肉兔加工企业新建的冷链仓库投用，每天可储存兔肉20吨。

            为扩大肉兔养殖规模，云梦县推出养兔贷款，今年肉兔出栏量已突破300万只，带动养殖户增收。

            南岭区关于推动茶叶产业高质量发展的实施意见
            """);

        var document = Titled(page, "南岭区关于推动茶叶产业高质量发展的实施意见");
        Assert.Contains("二、重点任务", document.Body);
        Assert.Contains("南府发〔2024〕7号", document.Subtitles);
        var story = Titled(page, "云梦县肉兔加工项目投产");
        Assert.DoesNotContain("南府发〔2024〕7号", story.Subtitles);
        Assert.DoesNotContain("南府发", story.Body);
    }

    [Fact]
    public void A_documents_number_printed_over_its_text_brings_its_title_out_of_a_stacked_headline_group()
    {
        // The news item's title and deck and the document's title were printed together; the document's number heads
        // the document's text further down. The text restates the document's title, so that title heads it.
        var page = Parse("""
            铜梁高新区新型材料产业园开工建设

            ——总投资40亿元，达产后年产值可达80亿元

            荣昌区关于推动生猪产业全链条高质量发展的实施意见

            本报讯（记者 李明）3月2日，铜梁高新区新型材料产业园开工建设，项目由一家新材料企业投资建设。

            项目分两期建设，一期计划于明年投产，达产后年产值可达80亿元，带动就业两千人。

            荣府发〔2024〕7号

            各镇人民政府、街道办事处，区政府各部门，有关单位：为推动荣昌生猪产业全链条高质量发展，现提出如下意见。

            一、总体要求。坚持养殖规模化、加工精深化，推动生猪产业向全链条延伸，到2027年全区生猪产业综合产值突破200亿元。

            二、重点任务。支持生猪屠宰加工企业技术改造，培育生猪产业链领军企业，建设生猪交易市场和冷链物流中心。
            """);

        var document = Assert.Single(page.Articles, a => a.Title == "荣昌区关于推动生猪产业全链条高质量发展的实施意见");
        Assert.Contains("荣府发〔2024〕7号", document.Subtitles);
        Assert.Contains("生猪屠宰加工", document.Body);
        var news = Assert.Single(page.Articles, a => a.Title == "铜梁高新区新型材料产业园开工建设");
        Assert.DoesNotContain("生猪", news.Body);
        Assert.DoesNotContain(page.Articles, a => a.Title == "荣府发〔2024〕7号");
    }

    [Fact]
    public void On_a_page_cut_every_17_characters_a_title_alone_after_a_column_break_is_not_the_cut_paragraphs_end()
    {
        // The first paragraph is cut at a column break after "…加工龙头企业" (a full line); the headline printed after its
        // first paragraphs comes next, alone between blank lines, short of the cut and with no mark: a title, not the
        // rest of the cut paragraph (that rest, "42家，…", finishes its sentence further down).
        string[] blocks =
        [
            "记者 钟佳 通讯员 周怡",
            "眼下正是花椒采收季节。8月5日，在江津区先锋镇的一家食品公司，生产线满负荷运转，鲜花椒被加工成花椒油等产品。",
            "江津是全国知名的花椒产区。近年来，江津区推动花椒产业从种得好向卖得好转变，陆续引进培育花椒加工龙头企业",
            "江津花椒深加工产品达到60余种",
            "42家，开发出花椒油、花椒精油、藤椒调味品等深加工产品60余种，花椒就地加工转化率达到85%。",
            "深加工带动种植效益提升。今年，江津鲜花椒收购价稳定在每斤5元至7元，种植户每亩收入4000元左右。",
        ];
        var page = Parse(string.Join("\n\n", blocks.Select(b => string.Join('\n', b.Chunk(17).Select(c => new string(c))))) + "\n");

        Assert.Contains(page.Articles, a => a.Title == "江津花椒深加工产品达到60余种");
        Assert.DoesNotContain(page.Articles, a => a.Body.Contains("江津花椒深加工产品达到60余种"));
    }

    [Fact]
    public void A_headline_naming_another_district_than_the_articles_title_is_not_its_subhead()
    {
        // Without blank lines title and deck are one block. The article above holds an interleaved paragraph of the
        // 南川 article that says most of the 南川 headline, but that headline names another district than 荣昌's title.
        string[] lines =
        [
            "荣昌兽药产业园一次签约8个项目",
            "本报讯（记者 周芹）11月24日，荣昌区举行畜牧产业招商推介会，兽药产业园现场签约兽用疫苗、饲料添加剂等项目8个。",
            "南川是全国重要的中药材产区之一，全区中药材种植面积达到38万亩，中药材加工企业发展到20多家。",
            "南川中药材种植面积达到38万亩",
            "种植、加工、康养协同发展",
            "年加工中药材1.8万吨的加工厂去年实现营收5.7亿元，同比增长16.2%，带动周边农户增收。",
            "在此基础上，南川还推动中医药与康养旅游融合发展，依托金佛山景区打造中医药康养基地。",
        ];
        var page = Parse(string.Join('\n', lines));

        Assert.Contains(page.Articles, a => a.Title.StartsWith("南川中药材种植面积达到38万亩", StringComparison.Ordinal));
        Assert.DoesNotContain("南川中药材种植面积达到38万亩", Assert.Single(page.Articles, a => a.Title == "荣昌兽药产业园一次签约8个项目").Body);
    }

    [Fact]
    public void A_documents_text_does_not_go_under_a_title_naming_another_district()
    {
        // The two titles were printed together. The 潼南 title says the document's words more than the document's own long
        // title does, but names another district than the document's text.
        var page = Parse("""
            荣昌区人民政府办公室关于印发推动畜牧业转型升级若干措施的通知

            潼南生猪产业全链条产值达到52亿元

            本报讯（记者 赵璐）12月18日，记者从潼南区农业农村委获悉，潼南生猪出栏量达到120万头，全链条产值52亿元。

            荣府办发〔2024〕7号

            各镇人民政府、街道办事处，区政府各部门：为推动荣昌生猪产业全链条发展，提高生猪产业产值，现提出如下措施。

            一、支持生猪屠宰加工企业技术改造，推动生猪产业全链条延伸，到2027年生猪产业产值达到200亿元。
            """);

        Assert.DoesNotContain("荣府办发〔2024〕7号", Assert.Single(page.Articles, a => a.Title.StartsWith("潼南", StringComparison.Ordinal)).Subtitles);
        Assert.DoesNotContain("屠宰加工", Assert.Single(page.Articles, a => a.Title.StartsWith("潼南", StringComparison.Ordinal)).Body);
    }

    [Theory]
    [InlineData("奉节县农业农村委最新数据显示，今年全县脐橙种植面积达到37.5万亩，预计产量")]
    [InlineData("奉节县农业农村委数据显示，今年全县脐橙种植面积37.5万亩，预计产量")]
    public void Without_blank_lines_a_cut_sentences_head_under_a_title_is_not_the_titles_second_line(string head)
    {
        // "奉节县农业农村委…，预计产量" stops mid-sentence (its tail is the next line), so it looks like a display line;
        // but its clauses past a comma are no headline's (wider than 32, or three with a long one): prose, the title's
        // first paragraph.
        string[] lines =
        [
            "南川中药材种植面积达到38万亩",
            "本报讯（记者 谭晓）8月28日，南川区大观镇的玄参种植基地里，药农们正在除草施肥，全区中药材种植面积达到38万亩。",
            "奉节脐橙迎来采摘季 全县预计产量超40万吨 电商渠道销售占比首次突破三成",
            head,
            "超过40万吨。其中，通过电商渠道销售的比重达到31.6%，首次突破三成。",
        ];
        var page = Parse(string.Join('\n', lines));

        Assert.Contains(page.Articles, a => a.Title.StartsWith("奉节脐橙迎来采摘季", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Articles, a => a.Body.Contains("奉节脐橙迎来采摘季", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_blank_lines_a_line_opening_with_a_full_stop_finishes_the_line_over_it()
    {
        // A page cut every 17 characters without blank lines. The dump cut "…从家庭作坊起步" right before its full stop:
        // no paragraph opens with a mark, so the lines are one paragraph, not a headline ("云阳制作挂面历史悠久，当地…")
        // over a paragraph.
        string[] paragraphs =
        [
            "面条出海记",
            "记者 王倩 实习生 李沐阳",
            "10月25日，26吨云阳面条在果园港装箱，将经西部陆海新通道运抵新加坡。这是今年云阳面条企业发往东南亚的第12批货物。",
            "云阳制作挂面历史悠久，当地不少企业从家庭作坊起步",
            "。如今，全县已有面条生产企业47家，年产面条约35万吨，产品覆盖全国并远销海外。",
            "“过去我们各自接单，量小、运费高。现在几家企业抱团拼箱，运费省了三成。”一家面条企业负责人说。",
        ];
        var page = Parse(string.Join('\n', paragraphs.SelectMany(p => p.Chunk(17).Select(c => new string(c)))));

        var article = Assert.Single(page.Articles);
        Assert.Equal("面条出海记", article.Title);
        Assert.Contains("当地不少企业从家庭作坊起步。如今", article.Body);
    }

    [Fact]
    public void Between_interleaved_articles_a_paragraph_that_stops_on_a_comma_is_dealt_with_the_text_under_it()
    {
        // "…每斤鲜叶收购价提高两元，" stops mid-sentence: the paragraph under it finishes it, whatever its words.
        var page = Parse("""
            秀山春茶加工产值增长两成

            两江新区新能源汽车产量创新高

            本报记者 张明

            4月10日，秀山土家族苗族自治县的茶叶加工厂里，工人们正在加工春茶，今年春茶产量预计增长三成。

            本报记者 李华

            4月12日，两江新区一家整车工厂的总装车间里，新能源汽车一辆接一辆下线，工厂今年产量预计突破20万辆。

            秀山茶叶加工企业与本地茶农合作，每斤鲜叶收购价提高两元，

            新工厂投产后，汽车运输车队每天发车，产品两天内到达沿海城市。

            两江新区新能源汽车产业链配套企业超过300家，汽车零部件本地配套率达到七成。

            秀山提出，到2027年全县茶叶综合产值突破50亿元。
            """);

        Assert.Contains("汽车运输车队", Titled(page, "秀山春茶加工产值增长两成").Body);
        Assert.DoesNotContain("汽车运输车队", Titled(page, "两江新区新能源汽车产量创新高").Body);
    }

    [Fact]
    public void On_a_wrapped_page_a_contact_line_cut_before_the_name_keeps_its_name()
    {
        // "联系人：…处" stopped short where the wrap fell on the space before the name: the name is the line's end, not
        // a line of its own.
        static string Wrap(string p) => Stages.Wrap(p, 17);
        var page = Parse(string.Join("\n\n",
            "关于开展农产品加工示范企业认定工作的通知",
            Wrap("各区县农业农村委：为推动农产品加工业高质量发展，现就开展本年度示范企业认定工作通知如下。"),
            Wrap("一、申报条件。申报企业应在本市注册，上年度农产品加工营业收入达到5000万元以上，带动农户300户以上。"),
            Wrap("二、申报时间。请各区县于9月30日前将推荐材料报送市农业农村委。"),
            "联系人：市农业农村委乡村产业处\n王立新",
            "綦江新建智能物流园投用",
            Wrap("本报讯（记者 李明）11月5日，綦江区一座智能物流园正式投用，园区内自动分拣线每小时可处理包裹3万件。"),
            Wrap("物流园总投资8.6亿元，规划建设仓储、分拨、配送三大功能区，服务周边200多家商贸企业。")));

        Assert.Contains("乡村产业处王立新", Titled(page, "关于开展农产品加工示范企业认定工作的通知").Body);
    }

    [Fact]
    public void A_short_title_over_another_titles_two_decks_takes_the_deck_and_the_paragraphs_about_it()
    {
        // Two articles' headlines printed in turn: a short title, a second title, then each one's deck (the second's
        // first), then their paragraphs alternating. The deck about tea goes with the tea title, and so do the
        // paragraphs about tea: the deck's district (秀山) must not hold them for the title it is printed under.
        var page = Parse("""
            本报记者 周林

            秀山春茶记

            “一块钢板也能做出新花样”

            ——江津机械加工企业转型见闻

            ——秀山茶企抱团开拓沿海市场

            记者 陈静 实习生 刘洋

            4月8日，20吨秀山春茶在物流园装车，将运往上海、杭州等地的茶叶市场。这是今年秀山茶企发往沿海的第12批春茶。

            在江津区德感街道，机械加工企业的车间里，激光切割机正将钢板切割成零件，一条条生产线有序运转。

            秀山种茶历史悠久，当地茶企多从家庭作坊起步。如今，全县已有茶叶加工企业58家，年产茶叶约1.2万吨。

            然而几年前，江津机械加工企业曾面临订单少、利润薄的困境，企业靠压价格抢客户。

            为适应沿海消费者口味，秀山茶企还开发了红茶、白茶、花茶等产品，并按照市场需要调整包装。

            “过去一台设备一天最多加工300个零件，现在一条智能生产线一天能加工5000个。”江津一家机械企业负责人说。

            秀山县商务委提供的数据显示，今年一季度，全县春茶销售额1.8亿元，同比增长26%。

            目前，江津机械加工产业有规上企业96家，去年实现产值180亿元，钢板加工产品销往20多个国家。
            """);

        var tea = Assert.Single(page.Articles, a => a.Title == "秀山春茶记");
        Assert.Contains("——秀山茶企抱团开拓沿海市场", tea.Subtitles);
        Assert.Contains("全县春茶销售额", tea.Body);
        Assert.DoesNotContain("激光切割机", tea.Body);
        var steel = Assert.Single(page.Articles, a => a.Title == "“一块钢板也能做出新花样”");
        Assert.DoesNotContain("秀山", steel.Body + string.Concat(steel.Subtitles));
    }

    [Fact]
    public void Two_cut_clauses_printed_together_among_paragraphs_are_text_not_titles()
    {
        // Two paragraphs a column break cut, printed one under the other between two paragraphs: each goes on past a
        // comma and stops short; their tails are printed further down.
        var page = Parse("""
            铜梁高新区电子元器件产业加速集聚

            本报讯（记者 王林）11月3日，铜梁高新区电子元器件产业园内，一家企业的新生产线正式投产。

            园区已集聚电子元器件企业42家，去年实现产值86亿元，同比增长18%。

            在园区的重庆华芯电子有限公司，工人们正在调

            为推动电子元器件产业向高端延伸，打造西部重要的

            试新下线的贴片电感，这批产品将发往沿海的整机企业。

            元器件生产基地，园区出台了专项扶持政策。

            下一步，铜梁高新区将加快引进上下游配套企业，力争三年内产值突破150亿元。
            """);

        Assert.DoesNotContain(page.Articles, a => a.Title.Contains("工人们正在调") || a.Title.Contains("打造西部重要的"));
    }

    [Fact]
    public void Two_titles_printed_before_their_texts_each_take_the_lead_that_restates_them()
    {
        // Both titles, then each lead under the other title: the port figures' lead is printed right under the noodle
        // title, the noodle lead under its own byline further down. Each lead goes to the title it restates.
        var page = Parse("""
            一季度果园港集装箱吞吐量同比增长两成

            首席记者 孙明

            粉条变金条

            4月15日，果园港发布数据，今年一季度，果园港集装箱吞吐量达到32.6万标箱，同比增长21.4%，增速高于长江沿线港口平均水平6.2个百分点。其中，外贸集装箱11.3万标箱，增长30.5%；内贸集装箱21.3万标箱，增长17.1%。

            记者 刘芳

            12月6日，城口县的重庆山乡红薯食品有限公司车间里，一排排晾晒架上挂满了晶莹透亮的红薯粉条。临近年关，公司日产粉条达到20吨，仍供不应求。

            从航线看，果园港新开通至东南亚的集装箱航线3条，外贸集装箱航线总数达到18条，集装箱班列每周开行26列，比去年同期增加8列。

            “我们的粉条全部用本地红薯加工，不添加任何明矾。”公司负责人王建国说，公司每年收购农户红薯约3万吨，带动2000多户农户种植红薯，今年销售额预计突破1.2亿元。

            城口是红薯种植大县，全县红薯种植面积常年稳定在20万亩左右。发展精深加工后，过去每斤只卖几毛钱的红薯，加工成粉条后每斤能卖到十多元。

            从货类看，汽车零部件、笔记本电脑、机电产品等外贸货物增长较快，一季度果园港汽车零部件集装箱运量增长36.8%，笔记本电脑集装箱运量增长12.4%。

            目前，城口已有红薯加工企业15家，今年1—11月，红薯加工产值达到6.8亿元，同比增长18.3%，产品销往全国20多个省市。

            果园港有关负责人表示，将继续加密集装箱班列和航线，优化港口通关服务，提升港口吞吐能力，力争全年集装箱吞吐量突破130万标箱。
            """);

        Assert.Contains("吞吐量达到32.6万标箱", Assert.Single(page.Articles, a => a.Title == "一季度果园港集装箱吞吐量同比增长两成").Body);
        var noodles = Assert.Single(page.Articles, a => a.Title == "粉条变金条");
        Assert.Contains("晾晒架上挂满了", noodles.Body);
        Assert.DoesNotContain("吞吐量达到32.6万标箱", noodles.Body);
    }

    [Fact]
    public void A_paragraph_printed_inside_a_cut_sentence_goes_to_the_article_it_is_about()
    {
        // "…园区现场签" stops mid-word and "约…" under the next paragraph finishes it: the paragraph about tea printed
        // between them is the tea article's, and the cut sentence closes over it.
        var page = Parse("""
            秀山春茶加工产值增长两成

            4月10日，秀山土家族苗族自治县的茶叶加工厂里，工人们正在加工春茶，秀山今年春茶产量预计增长三成。

            秀山茶叶加工企业与本地茶农合作，每斤鲜叶收购价提高两元，茶农收入明显增加。

            永川机器人产业园一次签约6个项目

            本报讯（记者 周明）11月24日，永川区举行智能装备招商推介会，永川机器人产业园现场签

            秀山是全国重要的茶叶产区之一，全县茶园面积达到20万亩，春茶品种涵盖绿茶、红茶、白茶等。

            约工业机器人、数控机床、智能传感器等项目6个，协议总投资42亿元。

            永川区提出，到2027年机器人产业产值突破300亿元。
            """);

        var robots = Assert.Single(page.Articles, a => a.Title == "永川机器人产业园一次签约6个项目");
        Assert.Contains("现场签约工业机器人", robots.Body);
        Assert.DoesNotContain("茶园面积", robots.Body);
        Assert.Contains("茶园面积", Assert.Single(page.Articles, a => a.Title == "秀山春茶加工产值增长两成").Body);
    }

    [Fact]
    public void A_lead_printed_over_another_articles_headline_goes_to_the_article_it_opens()
    {
        // The tea article's headline was printed after its first paragraph, which now ends the robot article printed
        // above it: a last paragraph opening with a date and about tea is the tea article's lead.
        var page = Parse("""
            永川机器人产业园一次签约6个项目

            本报讯（记者 周明）11月24日，永川区举行智能装备招商推介会，永川机器人产业园现场签约工业机器人、数控机床等项目6个。

            项目全部投产后，预计年产值可达80亿元，新增就业岗位约3000个，机器人产业链将进一步完善。

            永川区提出，到2027年机器人产业产值突破300亿元，建成西部重要的机器人产业基地。

            4月10日，武陵山区的茶园里，茶农们正在采摘春茶，春茶加工厂里机器轰鸣，一派繁忙景象。

            秀山春茶加工产值增长两成

            秀山是全国重要的茶叶产区之一，全县茶园面积达到20万亩，春茶加工企业超过60家。

            秀山茶叶加工企业与本地茶农合作，每斤鲜叶收购价提高两元，今年春茶加工产值预计增长两成。
            """);

        var tea = Assert.Single(page.Articles, a => a.Title == "秀山春茶加工产值增长两成");
        Assert.StartsWith("4月10日，武陵山区的茶园里", tea.Body);
        Assert.DoesNotContain("茶农们正在采摘春茶", Assert.Single(page.Articles, a => a.Title == "永川机器人产业园一次签约6个项目").Body);
    }

    [Fact]
    public void Two_stacked_titles_with_no_text_of_their_own_are_split_once_they_are_dealt_their_text()
    {
        // Two articles' headline groups printed in turn (title, title, label, byline, deck, byline), then their
        // paragraphs in turn (practice articles, composed by bench/compose.py): the stacked titles had only a byline
        // when stacked titles are split, and get their text from the deck's article later; they are split then.
        var page = Parse("""
            忠县柑橘加工转化率提高到７５％

            巴南生物医药产业加速成链成群

            产业观察

            本报记者 黎静

            抗体药物、疫苗、医疗器械多点开花

            本报记者 彭光瑞

            １月２２日，在忠县新生港附近的重庆橙源果业有限公司，一条非浓缩还原橙汁生产线正在满负荷运转。“春节前订单多，我们每天要加工鲜果８００吨左右。”公司生产部负责人杨光辉说。

            忠县是全国柑橘生产重点县。截至２０２３年底，全县柑橘种植面积达到３５．６万亩，年产量约４２万吨，其中约７５％通过加工转化，比５年前提高了１８个百分点。

            9月11日，在巴南区重庆国际生物城，重庆华翊生物制药有限公司的单克隆抗体生产车间内，一排排不锈钢生物反应器正在运转。这条生产线今年5月通过药品生产质量管理规范符合性检查，年产能可满足200万支抗体药物的生产需求。

            “从签约到投产只用了两年多时间。”公司副总经理钱文斌说，园区提供的公共研发平台和检测平台，为企业节省了大量前期投入。

            精深加工让柑橘“一果多吃”。目前，忠县已开发橙汁、果酱、柑橘精油、陈皮等产品４０余种，

            ２０２３年柑橘产业链总产值为７８．２亿元，同比增长１０．４％。

            在“33618”现代制造业集群体系中，生物医药被列为重点培育的特色优势产业。作为全市生物医药

            “加工企业收购稳定，我们心里就有底。”忠县双桂镇柑橘种植户陈德明说，他家的３０亩柑橘全部与加工企业签订了收购合同，去年收入１５万元。

            产业的重要承载地，重庆国际生物城已聚集相关企业180余家，涵盖生物药、化学药、医疗器械、医药研发外包服务等领域。

            产业集聚的同时，创新能力也在提升。目前，园区企业在研一类新药超过40个，其中12个进入临床试验阶段。

            巴南区将聚焦抗体药物、疫苗、细胞与基因治疗等方向，完善从研发、中试到产业化的全链条服务，力争到2027年生物医药产业产值突破300亿元。

            忠县将继续引进柑橘精深加工项目，推动柑

            橘产业与文旅、康养融合发展，力争到２０２７年柑橘产业综合产值突破１００亿元。

            今年1—8月，巴南区生物医药产业实现产值128.4亿元，同比增长21.6%，高于全区工业平均增速9.3个百分点。其中，生物药产值占比提高到37.2%。
            """);

        var citrus = Assert.Single(page.Articles, a => a.Title == "忠县柑橘加工转化率提高到７５％");
        Assert.Contains("忠县是全国柑橘生产重点县", citrus.Body);
        Assert.DoesNotContain("巴南区重庆国际生物城", citrus.Body);
        Assert.Contains("巴南区重庆国际生物城", Assert.Single(page.Articles, a => a.Title == "巴南生物医药产业加速成链成群").Body);
    }
}
