using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Extraction;

/// <summary>Industries as printed and their vocabulary entries, from sentences written for these tests.</summary>
public sealed class IndustryFinderTests
{
    private static ParsedArticle Extract(string body) =>
        new ArticleExtractor().Extract(new ParsedArticle { Title = "", Paragraphs = [new Paragraph(body, [])] });

    [Theory]
    [InlineData("该区大力发展生物医药产业和现代物流产业。", "生物医药产业", "医药制造业")]
    [InlineData("全县积极培育新能源汽车、工业互联网等新兴产业。", "工业互联网", "新一代信息技术产业")]
    [InlineData("会议要求加快发展生产性服务业。", "生产性服务业", "相关服务业")]
    [InlineData("园区重点布局传感器及仪器仪表产业。", "传感器及仪器仪表产业", "仪器仪表制造业")]
    public void Finds_the_printed_industry_and_files_it_under_its_entry(string body, string printed, string canonical)
    {
        var article = Extract(body);

        Assert.Contains(printed, article.IndustriesAsPrinted);
        Assert.Contains(canonical, article.Entities.Industries.Select(m => m.Name));
    }

    [Theory]
    [InlineData("推动一批产业项目落地。")]
    [InlineData("加快推进新型工业化。")]
    [InlineData("推动产业化应用。")]
    [InlineData("全区规模以上工业增加值增长5%。")]
    [InlineData("构建现代化产业体系。")]
    public void A_phrase_that_only_ends_like_an_industry_is_none(string body)
    {
        var article = Extract(body);

        Assert.Empty(article.IndustriesAsPrinted);
        Assert.Empty(article.Entities.Industries);
    }

    [Fact]
    public void A_quoted_code_belongs_to_the_cluster_system_it_names()
    {
        var article = Extract("持续壮大“2+6”现代制造业集群体系。");

        Assert.Contains("“2+6”现代制造业集群体系", article.IndustriesAsPrinted);
    }

    [Fact]
    public void Every_cluster_maps_onto_vocabulary_entries_and_every_entry_says_its_source()
    {
        var vocabulary = IndustryVocabulary.Default;

        Assert.All(vocabulary.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Name));
        Assert.All(vocabulary.Entries.Where(e => e.Parent is not null), e => Assert.True(vocabulary.IsCanonical(e.Parent!), e.Name));
        foreach (var cluster in ReferenceClusters())
        {
            var industries = vocabulary.IndustriesOfCluster(cluster);
            Assert.NotEmpty(industries);
            Assert.All(industries, i => Assert.True(vocabulary.IsCanonical(i), $"{cluster} → {i}"));
        }
    }

    [Fact]
    public void Each_alias_names_one_entry()
    {
        var aliases = IndustryVocabulary.Default.Entries.SelectMany(e => e.Aliases).ToList();

        Assert.Equal(aliases.Count, aliases.Distinct().Count());
    }

    private static IEnumerable<string> ReferenceClusters()
    {
        using var stream = typeof(ArticleExtractor).Assembly.GetManifestResourceStream("NewsPortal.Core.Data.clusters.json")!;
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];
    }
}
