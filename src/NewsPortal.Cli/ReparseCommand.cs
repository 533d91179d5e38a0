using System.CommandLine;
using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>`newsportal reparse`: every stored page parsed again with the current parser, one transaction per edition.</summary>
internal static class ReparseCommand
{
    public static Command Create(CliContext cli)
    {
        var verbose = new Option<bool>("--verbose") { Description = "log what the reparse does" };
        var command = new Command("reparse", "Parse every stored page again with the current parser; editions replaced one transaction each.") { verbose };
        command.SetAction(async (result, ct) =>
        {
            var console = cli.ConsoleFor(result);
            await using var services = await CliServices.StartAsync(console, result.GetValue(verbose), ct);
            if (services is null || await services.OpenIndexAsync(console) is null) return ExitCodes.Unavailable;
            var exit = await ExecuteAsync(services.Get<Reparser>(), console, ct);
            // Every article was written again: the index holds their old versions as deletions in many segments.
            if (exit != ExitCodes.Unavailable) await IndexCommand.CompactAfterRunAsync(services, console, ct);
            return exit;
        });
        return command;
    }

    /// <returns>0 when every edition was parsed again, 1 when some were kept as they were, 3 when PostgreSQL went away.</returns>
    public static async Task<int> ExecuteAsync(Reparser reparser, CliConsole console, CancellationToken ct)
    {
        ReparseSummary summary;
        try
        {
            summary = await reparser.ReparseAllAsync(n => { if (console.Interactive) console.Error.Write($"\rreparse {n} editions\u001b[K"); }, ct);
        }
        catch (DatabaseUnavailableException e)
        {
            await console.Error.WriteLineAsync($"newsportal reparse: {e.Message}. Editions already parsed again are kept; run the command again.");
            return ExitCodes.Unavailable;
        }
        if (console.Interactive) await console.Error.WriteLineAsync();
        await console.Out.WriteLineAsync(
            $"Reparsed {summary.Editions - summary.Kept.Count} of {summary.Editions} editions: {summary.ArticlesBefore} articles before, {summary.ArticlesAfter} after");
        foreach (var (file, reason) in summary.Kept) await console.Out.WriteLineAsync($"  kept: {file}: {reason}");
        return summary.Kept.Count == 0 ? ExitCodes.Done : ExitCodes.InputFailed;
    }
}
