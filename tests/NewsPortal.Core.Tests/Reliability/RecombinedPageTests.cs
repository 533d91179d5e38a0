using System.Text;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Reliability;

/// <summary>
/// Pages put together from the paragraphs of the seed and practice pages in random order and number: the parser
/// neither fails on them nor loses a word. Every printed line comes out somewhere in the page's articles (title,
/// subtitles, body, byline, dateline, continuation marker), whatever the assembler made of the order.
/// </summary>
public sealed class RecombinedPageTests
{
    private const int Pages = 150;

    [Fact]
    public void Recombined_pages_parse_without_failure_and_lose_no_line()
    {
        var files = Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "tests", "devpages", "pages"), "*.txt")).Order();
        var paragraphs = files.SelectMany(f => File.ReadAllText(f, Encoding.UTF8).Replace("\r\n", "\n").Split("\n\n"))
            .Where(p => p.Trim().Length > 0).ToArray();
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var random = new Random(20261204);
        var problems = new List<string>();

        for (var i = 0; i < Pages; i++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 41)).Select(_ => paragraphs[random.Next(paragraphs.Length)]).ToList();
            var text = string.Join("\n\n", picked) + "\n";
            var page = analyzer.Analyze(Encoding.UTF8.GetBytes(text), $"recombined-{i}.txt");
            if (page.Warnings.FirstOrDefault(w => w.Code == "parser-failure") is { } failure)
            {
                problems.Add($"#{i}: {failure.Message}");
                continue;
            }
            var output = Normalize(string.Concat(page.Articles.Select(a => string.Concat(
                [a.Title, .. a.Subtitles, .. a.Paragraphs.Select(p => p.Text), .. a.Reporters, a.Dateline ?? "", a.Continued ?? ""]))));
            // A headline line may be read as kicker and title (split at a space) or lose its heading mark: each
            // space-separated part of a line is looked for on its own.
            foreach (var part in text.Split('\n').SelectMany(l => l.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            {
                var wanted = Normalize(part).TrimStart('#');
                if (wanted.Length >= 8 && !output.Contains(wanted, StringComparison.Ordinal)) problems.Add($"#{i}: lost \"{wanted}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    private static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
