using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

/// <summary>
/// Hand-judged queries over the fixture corpus: every expected article is in the top k,
/// every wrong article is absent from the results.
/// </summary>
public sealed class RelevanceTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    [Theory]
    // Chinese words match only as contiguous text.
    [InlineData("产业创新综合体", new long[] { 1, 36 }, 2, new long[] { 2, 26 })]
    [InlineData("智能网联新能源汽车", new long[] { 3, 28 }, 2, new long[] { 4 })]
    [InlineData("智能网联", new long[] { 3, 28 }, 3, new long[] { 4 })]
    [InlineData("跨省通办", new long[] { 5, 30 }, 2, new long[] { 6 })]
    [InlineData("传感器", new long[] { 7 }, 1, new long[] { 1, 13 })]
    [InlineData("传感器", new long[] { 7, 8, 23, 28, 35 }, 5, new long[] { })]
    [InlineData("数字经济", new long[] { 17 }, 1, new long[] { 18 })]
    [InlineData("集成电路", new long[] { 19 }, 1, new long[] { 4 })]
    [InlineData("网联", new long[] { 3, 4, 28 }, 5, new long[] { 1 })]
    [InlineData("长江", new long[] { 12, 27 }, 2, new long[] { 22 })]
    // Latin letters and numbers stay whole, case and width folded.
    [InlineData("T3B", new long[] { 9 }, 1, new long[] { 3, 23 })]
    [InlineData("t3b", new long[] { 9 }, 1, new long[] { 3 })]
    [InlineData("Ｔ３Ｂ", new long[] { 9 }, 1, new long[] { 3 })]
    [InlineData("33618", new long[] { 7 }, 1, new long[] { 8 })]
    [InlineData("2414", new long[] { 10 }, 1, new long[] { 7 })]
    [InlineData("AI", new long[] { 31 }, 1, new long[] { 17 })]
    [InlineData("5G", new long[] { 31 }, 1, new long[] { })]
    [InlineData("4号线", new long[] { 29 }, 1, new long[] { 25 })]
    // One-character queries.
    [InlineData("茶", new long[] { 11 }, 1, new long[] { 13, 14 })]
    [InlineData("桥", new long[] { 12 }, 1, new long[] { 13 })]
    [InlineData("渝", new long[] { 5, 22, 30 }, 5, new long[] { 11 })]
    // Title boost and recency.
    [InlineData("榨菜", new long[] { 13 }, 1, new long[] { 11 })]
    [InlineData("火锅", new long[] { 20, 14 }, 2, new long[] { 13 })]
    [InlineData("綦江 全域旅游", new long[] { 34 }, 1, new long[] { })]
    // Phrases.
    [InlineData("\"数字经济\"", new long[] { 17 }, 1, new long[] { 18 })]
    [InlineData("\"产业 创新\"", new long[] { 1, 26, 36 }, 3, new long[] { 2 })]
    [InlineData("重庆 北站", new long[] { 25 }, 1, new long[] { })]
    // Exclusions and OR.
    [InlineData("新能源 -涪陵区", new long[] { 3, 16 }, 3, new long[] { 1, 15, 28 })]
    [InlineData("产业园 -传感器", new long[] { 36 }, 1, new long[] { 7 })]
    [InlineData("传感器 OR 跨省通办", new long[] { 7, 5 }, 4, new long[] { 1, 6 })]
    [InlineData("新材料 OR 生物医药", new long[] { 1, 36 }, 4, new long[] { 3 })]
    // Field filters and dates.
    [InlineData("新能源 district:涪陵区", new long[] { 15, 28 }, 2, new long[] { 16, 3 })]
    [InlineData("cluster:智能网联新能源汽车", new long[] { 3, 9, 15, 23, 28 }, 5, new long[] { 1 })]
    [InlineData("source:涪陵日报", new long[] { 13, 15 }, 2, new long[] { 1 })]
    [InlineData("kind:brief 通办", new long[] { 6 }, 1, new long[] { 5 })]
    [InlineData("跨省通办 date:2024", new long[] { 5 }, 1, new long[] { 30 })]
    [InlineData("district:江北", new long[] { 21, 23 }, 2, new long[] { 22 })]
    // Entity names: people and organisations tagged on the article.
    [InlineData("张伟", new long[] { 8 }, 1, new long[] { })]
    [InlineData("person:朱华荣", new long[] { 23 }, 1, new long[] { 3 })]
    [InlineData("长安汽车", new long[] { 23 }, 1, new long[] { 1 })]
    [InlineData("江北", new long[] { 21, 22 }, 3, new long[] { 1 })]
    public void Expected_articles_rank_in_the_top_k_and_wrong_ones_are_absent(string query, long[] expected, int k, long[] absent)
    {
        var ids = corpus.Ids(query);

        var top = ids.Take(k).ToList();
        Assert.All(expected, id => Assert.True(top.Contains(id), $"'{query}': expected {id} in top {k}, got [{string.Join(", ", ids)}]"));
        Assert.All(absent, id => Assert.False(ids.Contains(id), $"'{query}': {id} must not match, got [{string.Join(", ", ids)}]"));
    }
}
