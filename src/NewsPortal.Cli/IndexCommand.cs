using System.CommandLine;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Search;

namespace NewsPortal.Cli;

/// <summary>`newsportal index merge [--segments N]`: the search index merged down now, without the database.</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext cli) => new("index", "Look after the search index.")
    {
        Merge(cli),
    };

    private static Command Merge(CliContext cli)
    {
        var segments = CliOptions.Count("--segments", 1, "merge to at most this many segments", min: 1);
        var command = new Command("merge",
            "Merge the search index down (default: one segment; every query looks its terms up once per segment). " +
            "The portal does this itself once ingestion goes quiet (Ingestion:CompactIndex); stop it first.")
        {
            segments,
        };
        command.SetAction((result, ct) => MergeAsync(result.GetValue(segments), cli.ConsoleFor(result), ct));
        return command;
    }

    /// <summary>
    /// After a command's run (ingest, reparse) ingestion has gone quiet: the index is left merged, as the portal's
    /// upkeep would leave it, when the run left it fragmented.
    /// </summary>
    public static async Task CompactAfterRunAsync(CliServices cli, CliConsole console, CancellationToken ct)
    {
        if (await cli.Get<SearchIndexUpkeep>().CompactIfFragmentedAsync(ct) is { } merged)
            await console.Out.WriteLineAsync($"Search index merged from {merged.SegmentsBefore} to {merged.SegmentsAfter} segments in {merged.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The search index and its upkeep from the portal's settings, without starting the database.</summary>
    public static ServiceProvider IndexServices(CliConsole console)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(console.Settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging().AddIngestionCore(configuration, AppContext.BaseDirectory);
        services.AddNewsPortalSearch(configuration, DataRoot.From(configuration, AppContext.BaseDirectory).Path);
        return services.BuildServiceProvider();
    }

    private static async Task<int> MergeAsync(int segments, CliConsole console, CancellationToken ct)
    {
        await using var provider = IndexServices(console);
        LuceneArticleIndex index;
        try
        {
            index = provider.GetRequiredService<LuceneArticleIndex>();
        }
        catch (LockObtainFailedException)
        {
            await console.Error.WriteLineAsync("newsportal index merge: the search index is open in another process; stop the portal first.");
            return ExitCodes.Unavailable;
        }
        if (index.NeedsRebuild)
        {
            await console.Error.WriteLineAsync($"newsportal index merge: the search index was {index.OpenStatus} ({index.OpenProblem ?? "missing"}); run `newsportal reindex`.");
            return ExitCodes.Unavailable;
        }
        var done = await provider.GetRequiredService<SearchIndexUpkeep>().CompactAsync(segments, ct);
        if (done is null)
        {
            await console.Error.WriteLineAsync("newsportal index merge: the merge failed; the index is as it was.");
            return ExitCodes.Unavailable;
        }
        await console.Out.WriteLineAsync(
            $"Merged the search index ({index.Count} articles) from {done.SegmentsBefore} to {done.SegmentsAfter} segments in {done.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Done;
    }
}
