using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>`newsportal ingest PATH...`: files, folders and globs into PostgreSQL and the index; exit 1 when any file failed.</summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string>(), new HashSet<string> { "--verbose" });
        if (options.Error is not null || options.Operands.Count == 0)
        {
            await console.Error.WriteLineAsync($"newsportal ingest: {options.Error ?? "no input"}. usage: newsportal ingest PATH... [--verbose]");
            return 2;
        }
        var unmatched = new List<string>();
        var files = PathArguments.Expand(options.Operands, unmatched);
        foreach (var pattern in unmatched) await console.Error.WriteLineAsync($"newsportal ingest: nothing matches {pattern}");
        if (files.Count == 0) return 1;

        await using var cli = await CliServices.StartAsync(console, options.Flag("--verbose"), ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return 3;
        await cli.Get<SearchIndexStartup>().EnsureCurrentAsync(ct);

        var progress = new ProgressLine(console, files.Count);
        IngestSummary summary;
        try
        {
            summary = await cli.Get<IngestionPipeline>().IngestFilesAsync(files, progress.Report, ct);
        }
        catch (DatabaseUnavailableException e)
        {
            progress.Finish();
            await console.Error.WriteLineAsync($"newsportal ingest: {e.Message}. Files already stored are kept; run the command again when PostgreSQL is back.");
            return 3;
        }
        progress.Finish();
        await IngestReport.WriteAsync(console.Out, summary);
        return summary.Failed == 0 && unmatched.Count == 0 ? 0 : 1;
    }
}
