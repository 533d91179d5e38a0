using NewsPortal.Core;
using NewsPortal.Core.Pages;

namespace NewsPortal.Cli;

/// <summary>`newsportal parse FILE... [--out DIR]`: parser JSON per page, to stdout or one file per page.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string? outDir = null;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length) outDir = args[++i];
            else files.Add(args[i]);
        }
        if (files.Count == 0)
        {
            await stderr.WriteLineAsync("newsportal parse: no input files. usage: newsportal parse FILE... [--out DIR]");
            return 2;
        }
        if (outDir is not null) Directory.CreateDirectory(outDir);

        var analyzer = NewsPortalCore.CreateAnalyzer();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, ct);
                var page = analyzer.Analyze(bytes, Path.GetFileName(file));
                var json = ParserOutputJson.Write(page);
                if (outDir is null) await stdout.WriteLineAsync(json);
                else await File.WriteAllTextAsync(Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(file), ".json")), json, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures++;
                await stderr.WriteLineAsync($"newsportal parse: {file}: {e.Message}");
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
