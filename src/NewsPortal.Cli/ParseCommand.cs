using System.CommandLine;
using NewsPortal.Core;
using NewsPortal.Core.Pages;

namespace NewsPortal.Cli;

/// <summary>`newsportal parse FILE... [--out DIR]`: parser JSON per page, to stdout or one file per page.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext cli)
    {
        var files = CliOptions.Operands("FILE", "page dumps to parse");
        var output = new Option<string?>("--out") { Description = "write DIR/NAME.json per page instead of printing", HelpName = "DIR" };
        var command = new Command("parse", "Parse page dumps and print (or write) parser JSON.") { files, output };
        command.SetAction((result, ct) => RunAsync(result.GetValue(files)!, result.GetValue(output), cli.ConsoleFor(result), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, string? outDir, CliConsole console, CancellationToken ct)
    {
        if (outDir is not null)
        {
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"newsportal parse: --out {outDir}: cannot be used as a folder: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        var analyzer = NewsPortalCore.CreateAnalyzer();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, ct);
                var page = analyzer.Analyze(bytes, Path.GetFileName(file));
                var json = ParserOutputJson.Write(page);
                if (outDir is null) await console.Out.WriteLineAsync(json);
                else await File.WriteAllTextAsync(Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(file), ".json")), json, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures++;
                await console.Error.WriteLineAsync($"newsportal parse: {file}: {e.Message}");
            }
        }
        return failures == 0 ? ExitCodes.Done : ExitCodes.InputFailed;
    }
}
