using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

public sealed class SuggestionTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    [Fact]
    public void Entity_names_come_before_titles()
    {
        var suggestions = corpus.Index.Suggest("涪");

        Assert.Equal(new Suggestion("涪陵区", "district"), suggestions[0]);
        int lastEntity = suggestions.ToList().FindLastIndex(s => s.Kind != "title");
        int firstTitle = suggestions.ToList().FindIndex(s => s.Kind == "title");
        Assert.True(firstTitle > lastEntity);
        Assert.Contains(new Suggestion("涪陵榨菜出口再创新高", "title"), suggestions);
    }

    [Theory]
    [InlineData("智能", "智能网联新能源汽车", "cluster")]
    [InlineData("长安", "长安汽车", "organization")]
    [InlineData("朱", "朱华荣", "person")]
    [InlineData("白居寺", "白居寺长江大桥通车两周年", "title")]
    [InlineData(" 北碚 ", "北碚区", "district")]
    public void Typed_prefixes_complete_to_names_and_titles(string prefix, string text, string kind)
    {
        Assert.Contains(new Suggestion(text, kind), corpus.Index.Suggest(prefix));
    }

    [Fact]
    public void The_same_text_is_suggested_once_and_at_most_max_are_returned()
    {
        var suggestions = corpus.Index.Suggest("綦江", max: 10);

        Assert.Equal(["綦江区", "綦江区推进全域旅游"], suggestions.Select(s => s.Text));
        Assert.Single(corpus.Index.Suggest("涪", max: 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000")]
    [InlineData("不存在的名字")]
    public void Nothing_is_suggested_for_blank_or_unknown_prefixes(string prefix)
    {
        Assert.Empty(corpus.Index.Suggest(prefix));
    }
}
