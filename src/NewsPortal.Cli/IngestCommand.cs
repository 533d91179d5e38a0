using System.CommandLine;
using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>`newsportal ingest PATH...`: files, folders and globs into PostgreSQL and the index; exit 1 when any file failed.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = CliOptions.Operands("PATH", "page files, folders or globs (pages/**/*.txt)");
        var verbose = new Option<bool>("--verbose") { Description = "log what ingestion does" };
        var command = new Command("ingest", "Ingest page files, folders or globs into PostgreSQL and the search index.") { paths, verbose };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(verbose), cli.ConsoleFor(result), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, bool verbose, CliConsole console, CancellationToken ct)
    {
        var unmatched = new List<string>();
        var files = PathArguments.Expand(paths, unmatched);
        foreach (var pattern in unmatched) await console.Error.WriteLineAsync($"newsportal ingest: nothing matches {pattern}");
        if (files.Count == 0) return ExitCodes.InputFailed;

        await using var cli = await CliServices.StartAsync(console, verbose, ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return ExitCodes.Unavailable;
        await cli.Get<SearchIndexCheck>().EnsureCurrentAsync(null, ct);

        IngestSummary summary;
        try
        {
            summary = await IngestProgress.RunAsync(console, files.Count,
                report => cli.Get<IngestionPipeline>().IngestFilesAsync(files, report, ct));
        }
        catch (DatabaseUnavailableException e)
        {
            await console.Error.WriteLineAsync($"newsportal ingest: {e.Message}. Files already stored are kept; run the command again when PostgreSQL is back.");
            return ExitCodes.Unavailable;
        }
        IngestReport.Write(console, summary);
        await IndexCommand.CompactAfterRunAsync(cli, console, ct);
        return summary.Failed == 0 && unmatched.Count == 0 ? ExitCodes.Done : ExitCodes.InputFailed;
    }
}
