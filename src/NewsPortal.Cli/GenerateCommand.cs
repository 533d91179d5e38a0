using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Cli;

/// <summary>`newsportal generate --pages N --out DIR [--seed S]`: a deterministic synthetic corpus on disk.</summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string> { "--pages", "--out", "--seed" }, new HashSet<string>());
        var pages = options.Int("--pages", 100);
        var seed = options.Int("--seed", 1, min: 0);
        var output = options.Value("--out");
        if (options.Error is not null || output is null || pages is null || seed is null || options.Operands.Count > 0)
        {
            await console.Error.WriteLineAsync(
                $"newsportal generate: {options.Error ?? "--out DIR is required"}. usage: newsportal generate --pages N --out DIR [--seed S]");
            return 2;
        }
        Directory.CreateDirectory(output);
        var corpus = new SyntheticCorpus(seed.Value);
        long bytes = 0;
        foreach (var page in corpus.Pages(pages.Value))
        {
            await File.WriteAllBytesAsync(Path.Combine(output, page.Name), page.Content, ct);
            bytes += page.Content.Length;
        }
        await console.Out.WriteLineAsync($"Wrote {pages} synthetic pages (seed {seed}, {bytes / 1024.0 / 1024.0:F1} MB) to {output}");
        return 0;
    }
}
