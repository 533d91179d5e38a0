using NewsPortal.Search.Analysis;
using NewsPortal.Search.Highlighting;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Querying;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

/// <summary>
/// Titles are marked from the offsets of the text field, where the title follows the body; over the real seed
/// articles (bodies ending in punctuation, spaces, Latin words) that must mark what analyzing the title again marks.
/// </summary>
public sealed class TitleHighlightingTests(IndexedSeedCorpus corpus) : IClassFixture<IndexedSeedCorpus>
{
    [Theory]
    [InlineData("重庆")]
    [InlineData("产业 创新")]
    [InlineData("智能网联新能源汽车 OR 先进制造业")]
    [InlineData("跨省通办 OR 拼多多 OR 大足")]
    [InlineData("会")]
    [InlineData("2024")]
    [InlineData("\"制造业 集群\" OR 养老")]
    public void Titles_are_marked_as_analyzing_them_again_would_mark_them(string query)
    {
        using var analyzer = new ChineseAnalyzer();
        var phrases = UserQueryParser.Parse(query).Groups.SelectMany(group => group)
            .Select(clause => QueryPhrase.Analyze(analyzer, ArticleFields.Text, clause.Text)).ToList();
        var hits = corpus.Index.Search(new SearchRequest(query, PageSize: LuceneArticleIndex.MaxPageSize)).Hits;

        Assert.NotEmpty(hits);
        Assert.Contains(hits, hit => Marks.Of(hit.Title).Contains("[[", StringComparison.Ordinal));
        foreach (var hit in hits)
        {
            string title = SeedCorpus.Articles.Single(a => a.Id == hit.ArticleId).Title;
            Assert.Equal(Marks.Of(new HighlightedText(title, MatchSpans.FromText(analyzer, ArticleFields.Title, title, phrases))), Marks.Of(hit.Title));
        }
    }
}
