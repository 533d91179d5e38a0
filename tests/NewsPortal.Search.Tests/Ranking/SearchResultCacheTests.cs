using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Ranking;

/// <summary>Whole results kept per searcher generation: the same answer as searching, never one of an older generation.</summary>
public sealed class SearchResultCacheTests : IDisposable
{
    private readonly LuceneArticleIndex _cached = LuceneArticleIndex.InMemory();
    private readonly LuceneArticleIndex _plain = LuceneArticleIndex.InMemory();

    public SearchResultCacheTests()
    {
        _cached.ResultCacheCapacity = 8;
        foreach (var index in new[] { _cached, _plain })
        {
            index.Upsert(FixtureCorpus.Articles);
            index.Refresh();
        }
    }

    public void Dispose()
    {
        _cached.Dispose();
        _plain.Dispose();
    }

    public static TheoryData<string, string?, int> Requests => new()
    {
        { "新能源", null, 1 },
        { "新能源", "两江新区", 1 },
        { "\"产业 创新\"", null, 1 },
        { "", "江北区", 1 },
        { "产业", null, 2 },
        { "！？", null, 1 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_kept_result_is_the_result_of_searching(string query, string? district, int page)
    {
        var request = Request(query, district, page);
        var first = _cached.Search(request);
        var again = _cached.Search(request);
        var plain = _plain.Search(request);

        foreach (var result in new[] { first, again })
        {
            Assert.Equal(plain.Total, result.Total);
            Assert.Equal(plain.Message, result.Message);
            Assert.Equal(plain.Hits.Select(Describe), result.Hits.Select(Describe));
            Assert.Equal(plain.Facets.Keys.Order(), result.Facets.Keys.Order());
            foreach (var (facet, values) in plain.Facets)
            {
                Assert.Equal(values, result.Facets[facet]);
            }
        }
    }

    [Fact]
    public void A_refresh_with_new_content_is_seen_at_once()
    {
        var request = new SearchRequest("铜梁 龙舞");
        Assert.Equal(0, _cached.Search(request).Total);

        _cached.Upsert([FixtureCorpus.Article(7) with { Id = 500, Title = "铜梁区龙舞走出国门", Body = "铜梁龙舞亮相海外文化节。" }]);
        Assert.Equal(0, _cached.Search(request).Total); // not refreshed: still the old searchers, rightly
        _cached.Refresh();

        Assert.Equal([500L], _cached.Search(request).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Pages_sizes_and_filters_are_different_requests_but_the_order_of_alternatives_is_not()
    {
        var one = _cached.Search(new SearchRequest("产业", PageSize: 2));
        var two = _cached.Search(new SearchRequest("产业", Page: 2, PageSize: 2));
        var wider = _cached.Search(new SearchRequest("产业", PageSize: 3));
        Assert.NotEqual(one.Hits.Select(h => h.ArticleId), two.Hits.Select(h => h.ArticleId));
        Assert.Equal(3, wider.Hits.Count);

        Assert.Equal(_plain.Search(Request("", "江北区", 1)).Total, _cached.Search(Request("", "江北区", 1)).Total);
        var either = Filters("两江新区", "江北区");
        var reversed = Filters("江北区", "两江新区");
        Assert.Equal(
            _plain.Search(new SearchRequest("", either)).Hits.Select(h => h.ArticleId),
            _cached.Search(new SearchRequest("", reversed)).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void A_full_cache_starts_over_and_still_answers_rightly()
    {
        var queries = new[] { "产业", "创新", "新能源", "汽车", "数字", "智能", "园区", "企业", "发展", "项目", "产业" };
        foreach (string query in queries)
        {
            Assert.Equal(_plain.Search(new SearchRequest(query)).Total, _cached.Search(new SearchRequest(query)).Total);
        }
    }

    [Fact]
    public void No_capacity_keeps_nothing()
    {
        Assert.Equal(0, _plain.ResultCacheCapacity);
        Assert.Equal(8, _cached.ResultCacheCapacity);
        _cached.ResultCacheCapacity = 0;
        Assert.Equal(0, _cached.ResultCacheCapacity);
        Assert.Equal(_plain.Search(new SearchRequest("新能源")).Total, _cached.Search(new SearchRequest("新能源")).Total);
    }

    private static SearchRequest Request(string query, string? district, int page) =>
        new(query, district is null ? null : Filters(district), Page: page, PageSize: 5);

    private static Dictionary<string, IReadOnlyList<string>> Filters(params string[] districts) => new() { ["district"] = districts };

    private static string Describe(SearchHit hit) =>
        $"{hit.ArticleId} {hit.Score} {hit.Title.Text} {hit.Snippet.Text} {string.Join(",", hit.Snippet.Matches)} {string.Join(",", hit.Title.Matches)} {hit.Date} {hit.Source}";
}
