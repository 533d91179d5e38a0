using System.CommandLine;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Cli;

/// <summary>`newsportal generate --pages N --out DIR [--seed S]`: a deterministic synthetic corpus on disk.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext cli)
    {
        var pages = CliOptions.Count("--pages", 100, "how many pages", min: 1);
        var seed = CliOptions.Count("--seed", 1, "the same seed writes the same pages", min: 0);
        var output = new Option<string>("--out") { Description = "folder to write the pages into", HelpName = "DIR", Required = true };
        var command = new Command("generate", "Write N deterministic synthetic pages made from the seeds.") { pages, output, seed };
        command.SetAction((result, ct) => RunAsync(result.GetValue(pages), result.GetValue(output)!, result.GetValue(seed), cli.ConsoleFor(result), ct));
        return command;
    }

    private static async Task<int> RunAsync(int pages, string output, int seed, CliConsole console, CancellationToken ct)
    {
        Directory.CreateDirectory(output);
        var corpus = new SyntheticCorpus(seed);
        long bytes = 0;
        foreach (var page in corpus.Pages(pages))
        {
            await File.WriteAllBytesAsync(Path.Combine(output, page.Name), page.Content, ct);
            bytes += page.Content.Length;
        }
        await console.Out.WriteLineAsync($"Wrote {pages} synthetic pages (seed {seed}, {bytes / 1024.0 / 1024.0:F1} MB) to {output}");
        return ExitCodes.Done;
    }
}
