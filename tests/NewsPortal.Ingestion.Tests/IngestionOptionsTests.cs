using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NewsPortal.Ingestion.Tests;

public sealed class IngestionOptionsTests
{
    private static readonly string Home = Path.Combine(Path.GetTempPath(), "newsportal-options-home");

    [Fact]
    public void Options_are_bound_from_the_ingestion_section()
    {
        var options = Resolve(new() { ["Ingestion:InboxPath"] = "drop", ["Ingestion:MaxFileBytes"] = "1000", ["Ingestion:LoadSeedsOnEmptyDatabase"] = "false" });

        Assert.Equal((1000L, false), (options.MaxFileBytes, options.LoadSeedsOnEmptyDatabase));
    }

    [Fact]
    public void Relative_paths_resolve_under_the_data_root_and_seeds_default_to_the_folder_beside_it()
    {
        var root = Path.Combine(Home, "store");
        var options = Resolve(new() { ["DataRoot"] = root, ["Ingestion:InboxPath"] = "drop" });

        Assert.Equal((Path.Combine(root, "drop"), Path.Combine(Home, "seeds")), (options.InboxPath, options.SeedsPath));
    }

    [Fact]
    public void Without_a_data_root_setting_paths_are_under_dot_data_of_the_content_root()
    {
        var options = Resolve([]);

        Assert.Equal((Path.Combine(Home, ".data", "inbox"), Path.Combine(Home, "seeds")), (options.InboxPath, options.SeedsPath));
    }

    [Theory]
    [InlineData("Ingestion:MaxFileBytes", "0", "MaxFileBytes")]
    [InlineData("Ingestion:InboxPath", " ", "InboxPath")]
    [InlineData("Ingestion:MaxRetryAttempts", "0", "MaxRetryAttempts")]
    [InlineData("Ingestion:RetryDelay", "00:01:00", "RetryDelay")]
    [InlineData("Ingestion:CompactIndexAboveSegments", "0", "CompactIndexAboveSegments")]
    [InlineData("Ingestion:CompactIndexAfterIdle", "00:00:00", "CompactIndexAfterIdle")]
    public void Invalid_options_are_refused_with_the_key_named(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(4, 4000)]
    [InlineData(7, 30000)]
    [InlineData(40, 30000)]
    public void Retries_back_off_exponentially_up_to_the_maximum(int attempt, double expectedMs)
    {
        var retry = new DatabaseRetry(new IngestionOptions(), NullLogger.Instance);

        Assert.Equal(expectedMs, retry.Backoff(attempt).TotalMilliseconds);
    }

    [Fact]
    public void Connection_refused_is_transient_and_a_constraint_violation_is_not()
    {
        var refused = new Npgsql.NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111));

        Assert.True(DatabaseRetry.IsTransient(new InvalidOperationException("wrapped", refused)));
        Assert.False(DatabaseRetry.IsTransient(new InvalidOperationException("no database involved")));
    }

    private static IngestionOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddIngestionCore(configuration, Home).BuildServiceProvider();
        return services.GetRequiredService<IOptions<IngestionOptions>>().Value;
    }
}
