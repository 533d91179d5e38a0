using NewsPortal.Search.Benchmarks;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Benchmarks;

public sealed class SearchBenchmarkTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    [Fact]
    public void Every_query_is_measured_each_round_and_percentiles_are_ordered()
    {
        var latency = new SearchBenchmark(corpus.Index).Run(SearchBenchmark.TypicalQueries, rounds: 3);

        Assert.Equal(SearchBenchmark.TypicalQueries.Count, latency.Queries);
        Assert.Equal(SearchBenchmark.TypicalQueries.Count * 3, latency.Samples);
        Assert.True(latency.P50 <= latency.P90 && latency.P90 <= latency.P99 && latency.P99 <= latency.Max);
        Assert.Equal(5, latency.PerQuery.Single(q => q.Query == "传感器").Total);
    }

    [Theory]
    [InlineData(0.50, 50)]
    [InlineData(0.99, 99)]
    [InlineData(1.00, 100)]
    [InlineData(0.001, 1)]
    public void Percentiles_use_the_nearest_rank(double fraction, int expectedMs)
    {
        var sorted = Enumerable.Range(1, 100).Select(ms => TimeSpan.FromMilliseconds(ms)).ToList();

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), SearchBenchmark.Percentile(sorted, fraction));
    }

    [Theory]
    [InlineData("传感器")]
    [InlineData("")]
    [InlineData("新能源 -涪陵区")]
    public void Search_ids_are_the_hits_of_search_in_the_same_order(string query)
    {
        var index = corpus.Index;
        var request = new SearchRequest(query, PageSize: 100);

        Assert.Equal(index.Search(request).Hits.Select(h => h.ArticleId), index.SearchIds(request));
    }
}
