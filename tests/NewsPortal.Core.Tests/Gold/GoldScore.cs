using System.Diagnostics;
using System.Text.Json;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Gold;

/// <summary>
/// Runs the default analyzer over the seed pages and scores each page against the
/// human gold reading with tests/gold/score.py (the project's yardstick). Computed once per run.
/// </summary>
public static class GoldScore
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Pages = new(ScoreAll);

    public static IReadOnlyList<JsonElement> PerPage => Pages.Value;

    public static double Mean(Func<JsonElement, double> metric) => PerPage.Average(metric);

    public static string RepoRoot { get; } = FindRepoRoot();

    private static readonly Lazy<IReadOnlyList<JsonElement>> Practice = new(() =>
        ScoreAll(Path.Combine(RepoRoot, "tests", "devpages", "pages"), Path.Combine(RepoRoot, "tests", "devpages", "gold"), Utf8));

    /// <summary>The practice pages of tests/devpages (composed from other articles, scrambled like the seeds), scored
    /// against their gold the same way.</summary>
    public static IReadOnlyList<JsonElement> DevPages => Practice.Value;

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static IReadOnlyList<JsonElement> ScoreAll() => ScoreSeeds(Utf8);

    /// <summary>Scores every seed page as <paramref name="layout"/> lays it out (its text in, the file's bytes out).</summary>
    public static IReadOnlyList<JsonElement> ScoreSeeds(Func<string, byte[]> layout) =>
        ScoreAll(Path.Combine(RepoRoot, "seeds"), Path.Combine(RepoRoot, "tests", "gold"), layout);

    /// <summary>Scores every practice page as <paramref name="layout"/> lays it out.</summary>
    public static IReadOnlyList<JsonElement> ScoreDevPages(Func<string, byte[]> layout) =>
        ScoreAll(Path.Combine(RepoRoot, "tests", "devpages", "pages"), Path.Combine(RepoRoot, "tests", "devpages", "gold"), layout);

    /// <summary>Composes <paramref name="count"/> new pages from seed <paramref name="seed"/> with bench/compose.py (other
    /// combinations of the practice articles, scrambled the way the practice pages are) and scores each against its gold.</summary>
    public static IReadOnlyList<JsonElement> ScoreComposed(int count, int seed, string layout = "original")
    {
        var dir = Directory.CreateTempSubdirectory("newsportal-composed-").FullName;
        Run("python3", Path.Combine(RepoRoot, "bench", "compose.py"), "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--layout", layout, "--out", dir);
        return ScoreAll(dir, dir, Utf8);
    }

    private static IReadOnlyList<JsonElement> ScoreAll(string pagesDir, string goldDir, Func<string, byte[]> layout)
    {
        var seeds = Directory.GetFiles(pagesDir, "*.txt").Order().ToList();
        var outDir = Directory.CreateTempSubdirectory("newsportal-gold-").FullName;
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var results = new List<JsonElement>();
        foreach (var seed in seeds)
        {
            var name = Path.GetFileNameWithoutExtension(seed);
            var page = analyzer.Analyze(layout(File.ReadAllText(seed, System.Text.Encoding.UTF8)), Path.GetFileName(seed));
            var parsed = Path.Combine(outDir, name + ".json");
            File.WriteAllText(parsed, ParserOutputJson.Write(page));
            results.Add(RunScorer(Path.Combine(goldDir, name + ".json"), parsed));
        }
        return results;
    }

    private static JsonElement RunScorer(string gold, string parsed) =>
        JsonDocument.Parse(Run("python3", Path.Combine(RepoRoot, "tests", "gold", "score.py"), gold, parsed, "--json")).RootElement.Clone();

    private static string Run(string program, params string[] arguments)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = stderrTask.Result;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', arguments)} failed: {stderr}");
        return stdout;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsPortal.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("NewsPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
