using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Querying;

namespace NewsPortal.Search.Tests.Querying;

/// <summary>TrigramCover: the trigrams-field terms that stand for a word, one list per way the text can hold it.</summary>
public sealed class TrigramCoverTests
{
    private static readonly ChineseAnalyzer Analyzer = new();

    private static string[]? Ways(string word)
    {
        var phrase = QueryPhrase.Analyze(Analyzer, ArticleFields.Text, word);
        return TrigramCover.Of(Analyzer, word, phrase)?.Select(way => string.Join(" | ", way.Select(t => $"{t.Term.Text}@{t.Position}"))).ToArray();
    }

    [Theory]
    [InlineData("新能源", new[] { "新能源@0" })]
    [InlineData("智能网联新能源汽车", new[] { "智能网@0 | 网联新@2 | 新能源@4 | 源汽车@6" })]
    [InlineData("\"产业 创新\"", new[] { "产业创@0 | 业创新@1", "产业 创新@0" })]
    [InlineData("产业，创新", new[] { "产业创@0 | 业创新@1", "产业 创新@0" })]
    [InlineData("新能源 产业", new[] { "新能源@0 | 源产业@2", "新能源@0 | 能源 产业@1" })]
    [InlineData("发展 产业 创新", new[] { "发展产@0 | 产业创@2 | 业创新@3", "发展 产业@0 | 产业创@2 | 业创新@3", "发展产@0 | 展产业@1 | 产业 创新@2", "发展 产业@0 | 产业 创新@2" })]
    public void A_word_of_han_runs_is_covered_one_way_for_each_way_the_text_may_join_or_break_its_runs(string word, string[] ways)
    {
        Assert.Equal(ways, Ways(word));
    }

    [Theory]
    [InlineData("产业")]           // one bigram: a term query
    [InlineData("茶")]
    [InlineData("产业 5G")]        // a Latin word between
    [InlineData("新 能源")]        // a run of one character
    [InlineData("甲乙 丙丁 戊己 庚辛 壬癸")] // more breaks than MaxBreaks
    [InlineData("T3B平台")]
    public void Words_that_are_not_han_runs_of_two_or_more_characters_have_no_cover(string word)
    {
        Assert.Null(Ways(word));
    }
}
