using System.CommandLine;
using System.Diagnostics;
using NewsPortal.Ingestion;
using Spectre.Console;

namespace NewsPortal.Cli;

/// <summary>`newsportal reindex`: the search index rebuilt from PostgreSQL, the source of truth.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext cli)
    {
        var verbose = new Option<bool>("--verbose") { Description = "log what the rebuild does" };
        var command = new Command("reindex", "Rebuild the search index from PostgreSQL.") { verbose };
        command.SetAction((result, ct) => RunAsync(result.GetValue(verbose), cli.ConsoleFor(result), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool verbose, CliConsole console, CancellationToken ct)
    {
        await using var cli = await CliServices.StartAsync(console, verbose, ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return ExitCodes.Unavailable;
        var clock = Stopwatch.StartNew();
        var reindexer = cli.Get<Reindexer>();
        var articles = console.Interactive
            ? await console.ErrorConsole().Status().StartAsync("reindex", status =>
                reindexer.RebuildAsync(n => status.Status($"reindex: {n} articles"), ct))
            : await reindexer.RebuildAsync(_ => { }, ct);
        await console.Out.WriteLineAsync($"Reindexed {articles} articles in {clock.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Done;
    }
}
