using System.Diagnostics;
using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>`newsportal reindex`: the search index rebuilt from PostgreSQL, the source of truth.</summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string>(), new HashSet<string> { "--verbose" });
        if (options.Error is not null || options.Operands.Count > 0)
        {
            await console.Error.WriteLineAsync($"newsportal reindex: {options.Error ?? "takes no operands"}. usage: newsportal reindex");
            return 2;
        }
        await using var cli = await CliServices.StartAsync(console, options.Flag("--verbose"), ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return 3;
        var clock = Stopwatch.StartNew();
        var articles = await cli.Get<Reindexer>().RebuildAsync(
            n => { if (console.Interactive) console.Error.Write($"\rreindex {n} articles\u001b[K"); }, ct);
        if (console.Interactive) await console.Error.WriteLineAsync();
        await console.Out.WriteLineAsync($"Reindexed {articles} articles in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
