using System.Text;
using NewsPortal.Core;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Ingestion.Tests.Extraction;

/// <summary>
/// What ingestion stores from the seed pages and 2,000 synthetic articles: industries (the 产业 facet and filter
/// values) are vocabulary entries only, every figure has a family, and no measure (the 指标 column) is a fragment.
/// </summary>
public sealed class VocabularyOverCorpusTests
{
    private const int SyntheticArticles = 2000;
    private const string FragmentEnds = "和的及与等在将+＋“”\"，,、";

    private static readonly Lazy<IReadOnlyList<ParsedArticle>> Corpus = new(Read);

    private static IReadOnlyList<ParsedArticle> Read()
    {
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var articles = new List<ParsedArticle>();
        var seeds = SyntheticCorpus.EmbeddedSeedPages();
        for (var i = 0; i < seeds.Count; i++) articles.AddRange(analyzer.Analyze(Encoding.UTF8.GetBytes(seeds[i]), $"seed_{i}.txt").Articles);
        var seedArticles = articles.Count;
        var corpus = new SyntheticCorpus(seed: 15);
        for (var n = 0; articles.Count - seedArticles < SyntheticArticles; n++)
        {
            var page = corpus.Page(n);
            articles.AddRange(analyzer.Analyze(page.Content, page.Name).Articles);
        }
        return articles;
    }

    [Fact]
    public void Every_industry_an_article_is_filed_under_is_a_vocabulary_entry()
    {
        var industries = Corpus.Value.SelectMany(a => a.Entities.Industries).Select(m => m.Name).ToList();

        Assert.True(industries.Distinct().Count() >= 10, $"only {industries.Distinct().Count()} industries over {Corpus.Value.Count} articles");
        Assert.All(industries, name => Assert.True(IndustryVocabulary.Default.IsCanonical(name), $"{name} is not in the vocabulary"));
    }

    [Fact]
    public void Every_printed_industry_that_names_a_vocabulary_entry_files_the_article_under_it()
    {
        foreach (var article in Corpus.Value)
        {
            var canonical = article.Entities.Industries.Select(m => m.Name).ToHashSet();
            foreach (var printed in article.IndustriesAsPrinted)
            {
                if (IndustryVocabulary.Default.CanonicalOf(printed) is { } entry) Assert.Contains(entry, canonical);
            }
        }
    }

    [Fact]
    public void No_measure_ends_in_a_function_word_or_a_mark()
    {
        var measures = Corpus.Value.SelectMany(a => a.Figures).Select(f => f.Measure).OfType<string>().ToList();

        Assert.True(measures.Count >= 1000, $"only {measures.Count} measures read");
        Assert.All(measures, m => Assert.True(m.Length >= 2 && !FragmentEnds.Contains(m[^1]), $"measure \"{m}\" is a fragment"));
    }

    [Fact]
    public void Every_figure_belongs_to_one_listed_family()
    {
        var families = MeasureFamilies.Default.Names.ToHashSet();
        var figures = Corpus.Value.SelectMany(a => a.Figures).ToList();

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Contains(f.Family ?? "", families));
    }
}
