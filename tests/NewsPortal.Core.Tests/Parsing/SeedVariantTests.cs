using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>Issue 4: the same scores, within 0.02, on variants of the seed pages — re-encoded, with other line ends,
/// rewrapped at other widths, with half- and full-width punctuation swapped.</summary>
public sealed class SeedVariantTests
{
    static SeedVariantTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Metrics = ["article_f1", "anchor_recall", "reading_order"];

    public static TheoryData<string> Variants() => new("gb18030", "utf-16", "utf-8-bom", "crlf", "cr", "punctuation", "wrap-15", "wrap-22", "wrap-30");

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_scores_stay_within_0_02_of_the_seed_scores(string variant)
    {
        var scores = Score(variant);
        foreach (var metric in Metrics)
        {
            var seed = GoldScore.Mean(p => p.GetProperty(metric).GetDouble());
            var mean = scores.Average(p => p.GetProperty(metric).GetDouble());
            Assert.True(mean >= seed - 0.02, $"{variant} {metric}: {mean:0.0000} against {seed:0.0000} on the seeds");
        }
        var title = scores.Average(p => p.GetProperty("fields").GetProperty("title").GetDouble());
        Assert.True(title >= GoldScore.Mean(p => p.GetProperty("fields").GetProperty("title").GetDouble()) - 0.02, $"{variant} title: {title:0.0000}");
        Assert.All(scores, p => Assert.True(p.GetProperty("edition_date").GetBoolean(), $"{variant} {p.GetProperty("file")}"));
    }

    private static List<JsonElement> Score(string variant)
    {
        var outDir = Directory.CreateTempSubdirectory("newsportal-variant-").FullName;
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var results = new List<JsonElement>();
        foreach (var seed in Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "seeds"), "*.txt").Order())
        {
            var name = Path.GetFileNameWithoutExtension(seed);
            var bytes = Make(variant, File.ReadAllText(seed, Encoding.UTF8));
            var page = analyzer.Analyze(bytes, Path.GetFileName(seed));
            var parsed = Path.Combine(outDir, name + ".json");
            File.WriteAllText(parsed, ParserOutputJson.Write(page));
            results.Add(RunScorer(Path.Combine(GoldScore.RepoRoot, "tests", "gold", name + ".json"), parsed));
        }
        return results;
    }

    /// <summary>The variant's bytes for one seed page.</summary>
    internal static byte[] Make(string variant, string text) => variant switch
    {
        "gb18030" => Encoding.GetEncoding(54936).GetBytes(text),
        "utf-16" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
        "cr" => Encoding.UTF8.GetBytes(text.Replace('\n', '\r')),
        "punctuation" => Encoding.UTF8.GetBytes(SwapPunctuation(text)),
        _ when variant.StartsWith("wrap-") => Encoding.UTF8.GetBytes(Rewrap(text, int.Parse(variant[5..]))),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    private static readonly (char Full, char Half)[] Pairs = [('，', ','), ('：', ':'), ('；', ';'), ('（', '('), ('）', ')'), ('！', '!'), ('？', '?')];

    /// <summary>Full-width punctuation becomes half-width and the other way round.</summary>
    internal static string SwapPunctuation(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var pair = Pairs.FirstOrDefault(p => p.Full == c || p.Half == c);
            sb.Append(pair == default ? c : pair.Full == c ? pair.Half : pair.Full);
        }
        return sb.ToString();
    }

    /// <summary>Hard-wraps every long line at the width, breaking at spaces where it can (like Python's textwrap);
    /// list items and markdown headings stay whole.</summary>
    internal static string Rewrap(string text, int width)
    {
        var output = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var content = line.Trim();
            if (content.Length <= width + 4 || content.StartsWith("- ") || content.StartsWith("## "))
            {
                output.Add(line);
                continue;
            }
            var indent = line[..(line.Length - line.TrimStart().Length)];
            var current = new StringBuilder(indent);
            var length = 0;
            foreach (var word in content.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var rest = word;
                if (length > 0 && length + 1 + rest.Length > width)
                {
                    output.Add(current.ToString());
                    current.Clear();
                    length = 0;
                }
                if (length > 0)
                {
                    current.Append(' ');
                    length++;
                }
                while (length + rest.Length > width)
                {
                    var take = width - length;
                    current.Append(rest[..take]);
                    output.Add(current.ToString());
                    current.Clear();
                    length = 0;
                    rest = rest[take..];
                }
                current.Append(rest);
                length += rest.Length;
            }
            if (current.Length > 0) output.Add(current.ToString());
        }
        return string.Join('\n', output);
    }

    private static JsonElement RunScorer(string gold, string parsed)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(GoldScore.RepoRoot, "tests", "gold", "score.py"), gold, parsed, "--json" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"score.py failed for {parsed}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}
