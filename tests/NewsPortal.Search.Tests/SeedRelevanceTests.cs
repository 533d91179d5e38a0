using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

/// <summary>
/// Hand-judged queries over the five real seed pages (seeds/), parsed and extracted by Core as ingestion
/// does: every expected article is in the top k, every wrong article is absent. Articles are named by a
/// distinctive piece of their title (of their text when the parser found no title), never by id.
/// </summary>
public sealed class SeedRelevanceTests(IndexedSeedCorpus corpus) : IClassFixture<IndexedSeedCorpus>
{
    // The seed articles the judgments name.
    private const string ClusterList = "先进制造业集群名单";           // 2024 national advanced-manufacturing clusters
    private const string Hainan = "海南篇章";
    private const string Dazu = "资阳大足文旅";
    private const string Lvyuan = "绿色出行产业基地";                 // electric two-wheeler plant in 大足
    private const string RawMaterials = "原材料工业优化升级";
    private const string Eldercare = "养老服务从业人员";
    private const string Carvers = "大足雕客";
    private const string TwoSessions = "千字当头";
    private const string Beibei = "北碚、重庆高新区抢抓订单";          // sensors and instruments cluster
    private const string Complexes = "抱团创新";                      // 17 industrial innovation complexes announced
    private const string ComplexList = "建设单位名单";                 // the list of the 17 complexes
    private const string ManufacturingCity = "制造强市建设";
    private const string StandingCommittee = "市委常委会举行会议";
    private const string Airport = "江北机场全流程演练";
    private const string Fuling = "新质生产力动力源";                 // round table: 涪陵, 铜梁, AI vision
    private const string Dianjiang = "文旅+";
    private const string Commentary = "用好跨越赶超的发展窗口期";      // untitled commentary
    private const string Robots = "具身智能机器人主题基金";            // untitled: embodied-AI robots
    private const string Inspections = "涉企行政检查";
    private const string GalaVenue = "春晚分会场";
    private const string Quarter = "重庆外贸总值";                     // first-quarter figures
    private const string Opinions = "立市之本";                       // untitled opinions on manufacturing, 2021
    private const string Shandong = "山东专家";                       // untitled: Shandong–Chongqing poverty aid
    private const string ClimateSummit = "领导人气候峰会";
    private const string ManufacturingCentre = "国家重要先进制造业中心";
    private const string Photo = "芦花鸡";                            // untitled photo caption, 万州区
    private const string CrossProvince = "跨省通办";
    private const string Pinduoduo = "拼多多";                        // 垫江's industrial internet platform

    [Theory]
    // Policy terms: a Chinese word is its characters in a row.
    [InlineData("产业创新综合体", new[] { ComplexList, Complexes }, 2, new[] { Hainan, ManufacturingCentre, ManufacturingCity })]
    [InlineData("智能网联新能源汽车", new[] { ComplexList, Robots, ManufacturingCity }, 3, new[] { ManufacturingCentre, Lvyuan })]
    [InlineData("智能网联", new[] { Opinions, ComplexList, Robots, ManufacturingCity }, 4, new[] { ManufacturingCentre, Pinduoduo })]
    [InlineData("跨省通办", new[] { CrossProvince }, 1, new[] { Hainan })]
    [InlineData("传感器", new[] { Beibei, ComplexList }, 2, new[] { Lvyuan, Airport, Robots })]
    [InlineData("集成电路", new[] { Beibei }, 1, new[] { ComplexList })]
    [InlineData("生物医药", new[] { ClusterList, Complexes }, 2, new[] { Inspections, ComplexList })]
    [InlineData("新质生产力", new[] { Fuling, ManufacturingCity, Hainan }, 3, new[] { TwoSessions, ClusterList })]
    [InlineData("乡村振兴", new[] { Dianjiang, StandingCommittee }, 2, new[] { TwoSessions })]
    [InlineData("营商环境", new[] { Hainan, StandingCommittee, Fuling, Inspections }, 4, new[] { TwoSessions, ManufacturingCentre })]
    [InlineData("西部陆海新通道", new[] { Quarter, StandingCommittee }, 2, new[] { ManufacturingCentre })]
    // Characters present in the right order but apart must not match.
    [InlineData("产业创新", new[] { ComplexList, Complexes, Fuling, RawMaterials, ManufacturingCity }, 5, new[] { Hainan, ManufacturingCentre })]
    [InlineData("数字经济", new[] { ManufacturingCentre }, 1, new[] { Fuling, TwoSessions, Dazu, Beibei, Commentary })]
    // Places, companies, people: in the text and as tagged entities.
    [InlineData("两江新区", new[] { Robots, TwoSessions, ManufacturingCentre, ManufacturingCity }, 4, new[] { Airport })]
    [InlineData("涪陵区", new[] { Fuling, ManufacturingCity }, 2, new[] { Dianjiang, Carvers })]
    [InlineData("长安汽车", new[] { ManufacturingCity }, 1, new[] { Lvyuan })]
    [InlineData("袁家军", new[] { TwoSessions, StandingCommittee, ManufacturingCity }, 3, new[] { ManufacturingCentre })]
    [InlineData("person:袁家军", new[] { TwoSessions, StandingCommittee, ManufacturingCity }, 3, new[] { Fuling })]
    // Latin letters and numbers stay whole, folded in width and case.
    [InlineData("T3B", new[] { Airport }, 1, new[] { ComplexList })]
    [InlineData("t3b", new[] { Airport }, 1, new string[0])]
    [InlineData("Ｔ３Ｂ", new[] { Airport }, 1, new string[0])]
    [InlineData("33618", new[] { ManufacturingCity, Commentary, Fuling, TwoSessions }, 4, new[] { ComplexList })]
    [InlineData("2414", new[] { Fuling }, 1, new[] { ManufacturingCity })]
    [InlineData("CFM56", new[] { Beibei }, 1, new string[0])]
    [InlineData("5G", new[] { ComplexList }, 1, new[] { Fuling })]
    [InlineData("AI", new[] { Robots, Fuling }, 3, new[] { ManufacturingCentre })]
    [InlineData("xbotpark", new[] { Robots }, 1, new string[0])]
    [InlineData("1802.4", new[] { Quarter }, 1, new string[0])]
    [InlineData("148", new[] { CrossProvince }, 1, new[] { ComplexList })]
    // One character.
    [InlineData("茶", new[] { Shandong }, 1, new[] { Dianjiang })]
    [InlineData("橙", new[] { Shandong }, 1, new string[0])]
    [InlineData("蛇", new[] { GalaVenue }, 1, new string[0])]
    [InlineData("鸡", new[] { Photo, Shandong }, 2, new[] { Airport })]
    [InlineData("桥", new[] { Dazu, Fuling }, 2, new[] { Airport })]
    // Phrases.
    [InlineData("\"产业 创新\"", new[] { ComplexList, Complexes }, 2, new[] { Hainan, ManufacturingCentre })]
    [InlineData("具身智能 机器人", new[] { Robots }, 1, new[] { Lvyuan, Fuling })]
    // Exclusions and OR.
    [InlineData("新能源 -涪陵区", new[] { Complexes, ComplexList, Robots, Lvyuan }, 5, new[] { Fuling, ManufacturingCity })]
    [InlineData("工业互联网 -垫江", new[] { ComplexList, ManufacturingCentre, Fuling }, 3, new[] { Pinduoduo })]
    [InlineData("机器人 -具身智能", new[] { Lvyuan, Fuling }, 2, new[] { Robots })]
    [InlineData("\"产业创新综合体\" -名单", new[] { Fuling }, 1, new[] { Complexes, ComplexList })]
    [InlineData("传感器 OR 跨省通办", new[] { CrossProvince, Beibei, ComplexList }, 3, new[] { Hainan })]
    [InlineData("春晚 OR 峰会", new[] { GalaVenue, ClimateSummit }, 2, new string[0])]
    // Filters: district, cluster, source, kind, date.
    [InlineData("district:涪陵区", new[] { Fuling, ManufacturingCity }, 2, new[] { Dianjiang })]
    [InlineData("制造业 district:两江新区", new[] { ManufacturingCentre, ManufacturingCity }, 3, new[] { Fuling, Opinions })]
    [InlineData("新能源 district:大足区", new[] { Lvyuan }, 1, new[] { Dazu, Carvers, Complexes })]
    [InlineData("cluster:传感器及仪器仪表", new[] { Beibei }, 1, new[] { ComplexList })]
    [InlineData("cluster:智能网联新能源汽车", new[] { Complexes, ComplexList, ManufacturingCity, Fuling, Robots, Opinions }, 6, new[] { ManufacturingCentre })]
    [InlineData("source:新华社 养老", new[] { Eldercare }, 1, new string[0])]
    [InlineData("kind:list 产业创新综合体", new[] { ComplexList }, 1, new[] { Complexes })]
    [InlineData("制造业 date:2021", new[] { ManufacturingCentre, Opinions }, 3, new[] { ManufacturingCity, Fuling })]
    public void Expected_seed_articles_rank_in_the_top_k_and_wrong_ones_are_absent(string query, string[] expected, int k, string[] absent)
    {
        var ids = corpus.Ids(query);
        string got = string.Join(" | ", ids.Select(id => SeedCorpus.Articles.Single(a => a.Id == id).Title));

        var top = ids.Take(k).ToList();
        Assert.All(expected, marker => Assert.True(top.Contains(corpus.Article(marker).Id), $"'{query}': expected '{marker}' in top {k}, got [{got}]"));
        Assert.All(absent, marker => Assert.False(ids.Contains(corpus.Article(marker).Id), $"'{query}': '{marker}' must not match, got [{got}]"));
    }

    [Fact]
    public void The_seed_pages_give_enough_articles_to_judge()
    {
        Assert.True(SeedCorpus.Articles.Count >= 30, $"{SeedCorpus.Articles.Count} articles");
        Assert.All(SeedCorpus.Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Body) && string.IsNullOrWhiteSpace(a.Title)));
    }
}
