using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

public sealed class FacetTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    private static Dictionary<string, IReadOnlyList<string>> Filter(string facet, params string[] values) => new() { [facet] = values };

    private static Dictionary<string, int> Counts(SearchResult result, string facet) =>
        result.Facets[facet].ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void Every_facet_is_counted_over_the_matches_of_the_query()
    {
        var result = corpus.Index.Search(new SearchRequest("传感器"));

        Assert.Equal(5, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["北碚区"] = 1, ["潼南区"] = 1, ["江北区"] = 1, ["涪陵区"] = 1, ["荣昌区"] = 1 }, Counts(result, "district"));
        Assert.Equal(new Dictionary<string, int> { ["智能网联新能源汽车"] = 2, ["电子信息"] = 1 }, Counts(result, "cluster"));
        Assert.Equal(new Dictionary<string, int> { ["农、林、牧、渔业"] = 2, ["汽车制造业"] = 2, ["仪器仪表制造业"] = 1 }, Counts(result, "industry"));
        Assert.Equal(new Dictionary<string, int> { ["重庆日报"] = 3, ["重庆商报"] = 2 }, Counts(result, "source"));
        Assert.Equal(new Dictionary<string, int> { ["news"] = 4, ["feature"] = 1 }, Counts(result, "kind"));
        Assert.Equal(new Dictionary<string, int> { ["2024-12"] = 2, ["2024-11"] = 2, ["2024-08"] = 1 }, Counts(result, "month"));
    }

    [Fact]
    public void Values_come_most_frequent_first_and_months_newest_first()
    {
        var result = corpus.Index.Search(new SearchRequest(""));

        Assert.Equal("重庆日报", result.Facets["source"][0].Value);
        var months = result.Facets["month"].Select(v => v.Value).ToList();
        Assert.Equal(months.OrderByDescending(m => m, StringComparer.Ordinal), months);
        Assert.Equal("2024-12", months[0]);
    }

    [Fact]
    public void A_facet_filter_narrows_the_hits_and_the_other_facets()
    {
        var result = corpus.Index.Search(new SearchRequest("", Filter("district", "涪陵区")));

        Assert.Equal([1, 13, 15, 28], result.Hits.Select(h => h.ArticleId).Order());
        Assert.Equal(new Dictionary<string, int> { ["新材料产业"] = 1, ["食品制造业"] = 1, ["新能源产业"] = 1, ["汽车制造业"] = 1 }, Counts(result, "industry"));
    }

    [Fact]
    public void The_filtered_facet_still_offers_its_other_values()
    {
        var result = corpus.Index.Search(new SearchRequest("新能源", Filter("district", "涪陵区")));

        var districts = Counts(result, "district");
        Assert.Equal(3, districts["涪陵区"]);
        Assert.Equal(2, districts["两江新区"]);
        Assert.Equal(1, districts["璧山区"]);
    }

    public static TheoryData<string, string, string[], string?, string[]> SidewaysCases => new()
    {
        { "新能源", "district", ["涪陵区"], null, [] },
        { "新能源", "district", ["涪陵区", "两江新区"], null, [] },
        { "新能源", "district", ["涪陵区"], "industry", ["新能源产业"] },
        { "", "district", ["涪陵区", "北碚区"], "source", ["重庆日报"] },
        { "产业", "source", ["重庆日报"], "kind", ["news"] },
        { "通办", "month", ["2023-12", "2024-12"], null, [] },
        { "传感器", "cluster", ["智能网联新能源汽车"], "district", ["江北区", "潼南区"] },
        { "新能源", "district", ["没有这个区"], null, [] },
    };

    /// <summary>
    /// The request's facet filters are checked in the same pass as the query (drill sideways); filters typed in the
    /// query are part of it, so typing them gives what the one pass must: the hits and facets with every filter on, and
    /// a filtered facet's counts with its own filter off.
    /// </summary>
    [Theory]
    [MemberData(nameof(SidewaysCases))]
    public void Filtered_hits_and_sideways_counts_are_those_of_the_same_filters_typed_in_the_query(string query, string facet, string[] values, string? other, string[] otherValues)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { [facet] = values };
        if (other is not null)
        {
            filters[other] = otherValues;
        }
        static string Typed(string name, IEnumerable<string> values) => string.Join(" OR ", values.Select(v => $"{name}:\"{v}\""));
        string typed = string.Join(" ", new[] { query }.Concat(filters.Select(f => Typed(f.Key, f.Value))));

        var result = corpus.Index.Search(new SearchRequest(query, filters, PageSize: 100));
        var expected = corpus.Index.Search(new SearchRequest(typed, PageSize: 100));

        Assert.Equal(expected.Total, result.Total);
        Assert.Equal(expected.Hits.Select(h => (h.ArticleId, h.Score)), result.Hits.Select(h => (h.ArticleId, h.Score)));
        foreach (var name in expected.Facets.Keys.Where(name => !filters.ContainsKey(name)))
        {
            Assert.Equal(expected.Facets[name], result.Facets[name]);
        }
        foreach (var name in filters.Keys)
        {
            var othersOn = string.Join(" ", new[] { query }.Concat(filters.Where(f => f.Key != name).Select(f => Typed(f.Key, f.Value))));
            Assert.Equal(corpus.Index.Search(new SearchRequest(othersOn)).Facets[name], result.Facets[name]);
        }
    }

    [Fact]
    public void Values_of_one_facet_are_alternatives_and_different_facets_all_apply()
    {
        var either = corpus.Index.Search(new SearchRequest("", Filter("district", "涪陵区", "北碚区")));
        var both = corpus.Index.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>>
        {
            ["district"] = ["涪陵区"],
            ["industry"] = ["汽车制造业"],
        }));

        Assert.Equal(5, either.Total);
        Assert.Equal([28L], both.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void A_date_range_from_the_request_limits_hits_and_months()
    {
        var result = corpus.Index.Search(new SearchRequest("跨省通办", From: new DateOnly(2024, 12, 1), To: new DateOnly(2024, 12, 31)));

        Assert.Equal([5L], result.Hits.Select(h => h.ArticleId));
        Assert.Equal(["2024-12"], result.Facets["month"].Select(v => v.Value));
    }

    [Fact]
    public void Filtering_on_a_month_facet_value_works()
    {
        var result = corpus.Index.Search(new SearchRequest("通办", Filter("month", "2023-12")));

        Assert.Equal([30L], result.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void A_query_without_words_lists_the_newest_articles_first()
    {
        var result = corpus.Index.Search(new SearchRequest("", PageSize: 3));

        Assert.Equal(FixtureCorpus.Articles.Count, result.Total);
        Assert.Equal([28L, 23L, 34L], result.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Pages_do_not_overlap()
    {
        var first = corpus.Index.Search(new SearchRequest("", Page: 1, PageSize: 10)).Hits.Select(h => h.ArticleId);
        var second = corpus.Index.Search(new SearchRequest("", Page: 2, PageSize: 10)).Hits.Select(h => h.ArticleId);

        Assert.Empty(first.Intersect(second));
        Assert.Equal(10, second.Count());
    }
}
