using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>`newsportal reparse`: every stored page parsed again with the current parser, one transaction per edition.</summary>
internal static class ReparseCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string>(), new HashSet<string> { "--verbose" });
        if (options.Error is not null || options.Operands.Count > 0)
        {
            await console.Error.WriteLineAsync($"newsportal reparse: {options.Error ?? "takes no operands"}. usage: newsportal reparse [--verbose]");
            return 2;
        }
        await using var cli = await CliServices.StartAsync(console, options.Flag("--verbose"), ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return 3;
        return await ExecuteAsync(cli.Get<Reparser>(), console, ct);
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
            return 3;
        }
        if (console.Interactive) await console.Error.WriteLineAsync();
        await console.Out.WriteLineAsync(
            $"Reparsed {summary.Editions - summary.Kept.Count} of {summary.Editions} editions: {summary.ArticlesBefore} articles before, {summary.ArticlesAfter} after");
        foreach (var (file, reason) in summary.Kept) await console.Out.WriteLineAsync($"  kept: {file}: {reason}");
        return summary.Kept.Count == 0 ? 0 : 1;
    }
}
