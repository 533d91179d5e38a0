using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class EntityExtractionTests
{
    private static ArticleEntities Entities(string body, params string[] reporters) =>
        new ArticleExtractor().Extract(new ParsedArticle
        {
            Title = "",
            Reporters = reporters,
            Paragraphs = [new Paragraph(body, [])],
        }).Entities;

    private static string[] Names(IReadOnlyList<EntityMention> mentions) => [.. mentions.Select(m => m.Name).Order()];

    [Theory]
    [InlineData("永川的智能装备企业加快布局。", "永川区")]
    [InlineData("旅客在江北国际机场候机。", "渝北区")]
    [InlineData("重庆高新区发布新政策。", "西部科学城重庆高新区")]
    [InlineData("开县春橙上市。", "开州区")]
    public void Districts_are_found_by_name_alias_or_implying_place(string body, string district) =>
        Assert.Equal([district], Names(Entities(body).Districts));

    [Theory]
    [InlineData("推动成渝中部地区协同发展。")]
    [InlineData("重庆永川精工机械有限公司扩产。")]
    public void A_district_inside_a_phrase_or_a_company_name_does_not_count(string body) =>
        Assert.Empty(Entities(body).Districts);

    [Fact]
    public void Mentions_are_counted_under_the_canonical_name_with_printed_aliases()
    {
        var district = Assert.Single(Entities("綦江区召开会议。綦江将加快发展。").Districts);

        Assert.Equal("綦江区", district.Name);
        Assert.Equal(2, district.Count);
        Assert.Equal(["綦江"], district.Aliases!);
    }

    [Theory]
    [InlineData("全市新能源汽车产量大幅增长。", "智能网联新能源汽车")]
    [InlineData("做强新一代电子、先进材料等产业。", "先进材料,新一代电子信息制造业")]
    [InlineData("成渝地区电子信息先进制造集群获评。", "成渝地区电子信息先进制造集群,新一代电子信息制造业")]
    public void Clusters_are_found_by_name_alias_or_shortened_name(string body, string clusters) =>
        Assert.Equal(clusters.Split(',').Order(), Names(Entities(body).Clusters));

    [Theory]
    [InlineData("西安航空动力装备集群入选。")]
    [InlineData("打造创新活动‘服务器’。")]
    [InlineData("产品广泛应用于医疗器械、汽车等行业。")]
    [InlineData("重庆国研先进材料技术中心揭牌。")]
    public void Another_regions_cluster_a_metaphor_a_use_or_an_organisation_name_is_not_a_cluster(string body) =>
        Assert.Empty(Entities(body).Clusters);

    [Theory]
    [InlineData("记者走进重庆渝江精密机械有限公司车间。", "重庆渝江精密机械有限公司")]
    [InlineData("市委书记出席。市经信委、市科技局联合印发方案。", "市科技局,市经信委,市委")]
    [InlineData("四川省交通运输厅与重庆大学签约。", "四川省交通运输厅,重庆大学")]
    public void Organisations_are_found_by_suffix_without_swallowing_the_sentence(string body, string names) =>
        Assert.Equal(names.Split(',').Order(), Names(Entities(body).Organizations));

    [Fact]
    public void An_abbreviation_counts_for_the_full_name()
    {
        var org = Assert.Single(Entities("重庆渝江精密机械有限公司(以下简称“渝江精密”)扩产，渝江精密订单增长。").Organizations);

        Assert.Equal("重庆渝江精密机械有限公司", org.Name);
        Assert.Equal(2, org.Count);
    }

    [Theory]
    [InlineData("会议由川渝两省市发改委召开。")]
    [InlineData("各级党委要落实责任。")]
    public void Fragments_ending_in_a_short_suffix_are_not_organisations(string body) =>
        Assert.Empty(Entities(body).Organizations);

    [Theory]
    [InlineData("区委书记刘明远主持会议。", "刘明远")]
    [InlineData("市领导周海宁、陈若冰、杨柯出席。", "周海宁,杨柯,陈若冰")]
    [InlineData("郑书航：今年订单翻了一番。", "郑书航")]
    [InlineData("公司董事长李霖表示，将扩大产能。", "李霖")]
    [InlineData("35岁的唐晓宇是一名工程师。", "唐晓宇")]
    public void People_are_found_by_titles_cues_speaker_marks_and_lists(string body, string names) =>
        Assert.Equal(names.Split(',').Order(), Names(Entities(body).People));

    [Fact]
    public void Reporters_are_not_people()
    {
        var people = Entities("本报记者 罗一鸣 副市长张可为出席活动。", "罗一鸣").People;

        Assert.Equal(["张可为"], Names(people));
    }

    [Theory]
    [InlineData("深入学习总书记关于发展的重要论述。")]
    [InlineData("市领导干部会议召开。")]
    [InlineData("改进领导方式，一位市民王先生表示满意。")]
    public void Words_after_a_title_are_not_names(string body) => Assert.Empty(Entities(body).People);
}
