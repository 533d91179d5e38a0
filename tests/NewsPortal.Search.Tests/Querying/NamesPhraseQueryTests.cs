using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Querying;

/// <summary>The names clause's pooled union arrays (<c>UnionBuffers</c>): what a search takes, it hands back.</summary>
public sealed class NamesPhraseQueryTests
{
    [Fact]
    public void A_search_hands_back_its_names_union_even_when_a_rarer_word_ends_the_search_first()
    {
        // 新能源 is in two names of every article (a union of a segment's size); 长安汽车 only in the last ten, so the
        // conjunction stops before the union is read to its end. A union array left unreturned is a new one each search.
        const int articles = 120_000;
        using var index = LuceneArticleIndex.InMemory();
        var template = FixtureCorpus.Article(7) with { Title = "产业动态", Subtitles = [], Source = null, Districts = [], Organizations = [], People = [] };
        index.Upsert(Enumerable.Range(1, articles).Select(i => template with
        {
            Id = i,
            Body = i > articles - 10 ? "长安汽车发布新能源车型" : "新能源产业",
            Clusters = ["智能网联新能源汽车"],
            Industries = ["新能源产业"],
        }));
        index.MergeSegments(1);
        var request = new SearchRequest("新能源 长安汽车");
        for (int i = 0; i < 3; i++)
        {
            index.Search(request);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = index.Search(request);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(10, result.Total);
        Assert.True(allocated < articles * sizeof(int), $"a search allocated {allocated:N0} bytes, a union array of the segment is {articles * sizeof(int):N0}");
    }
}
