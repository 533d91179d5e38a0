using NewsPortal.Search.Benchmarks;

namespace NewsPortal.Cli.Tests;

public sealed class BenchSearchCommandTests
{
    [Theory]
    [InlineData("--articles", "0")]
    [InlineData("--rounds", "many")]
    [InlineData("--sql-rounds", "-1")]
    public async Task Malformed_options_are_a_usage_error_before_any_database_starts(string option, string value)
    {
        var run = await CliRun.RunAsync(null, "bench", "search", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: newsportal bench search", run.Error);
    }

    [Fact]
    public void Postgres_runs_every_typical_query_but_the_entity_filters()
    {
        var shared = SearchBenchQuery.Shared.Select(q => q.Query).ToList();

        Assert.Equal(shared.Count, shared.Distinct().Count());
        Assert.All(shared, query => Assert.Contains(query, SearchBenchmark.TypicalQueries));
        Assert.Equal(["新能源 district:涪陵区", "cluster:智能网联新能源汽车"], SearchBenchmark.TypicalQueries.Except(shared));
    }

    [Fact]
    public void Latin_and_number_terms_are_whole_tokens_in_sql_as_in_the_index()
    {
        var t3b = SearchBenchQuery.Shared.Single(q => q.Query == "T3B");

        Assert.Equal("body ~* '(^|[^0-9a-z_.])T3B([^0-9a-z_.]|$)'", t3b.Where);
        Assert.Equal("body ILIKE '%产业创新%'", SearchBenchQuery.Shared.Single(q => q.Query == "\"产业 创新\"").Where);
    }
}
