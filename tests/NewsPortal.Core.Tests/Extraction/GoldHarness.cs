using System.Diagnostics;
using System.Text.Json;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Extraction;

/// <summary>
/// Dev yardstick independent of the page parser: rebuilds each gold article from the seed lines that hold
/// its anchors (title, reporters and event date taken from the gold), runs the extractor, and scores the
/// result with tests/gold/score.py. Output files land in a temp folder (one per variant) for score.py --verbose.
/// </summary>
public static class GoldHarness
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Pages = new(() => ScoreAll("original", t => t));
    private static readonly Lazy<IReadOnlyList<JsonElement>> Rewrapped = new(() => ScoreAll("rewrapped", Rewrap));
    private static readonly Lazy<IReadOnlyList<JsonElement>> FullWidth = new(() => ScoreAll("full-width", ToFullWidth));

    public static IReadOnlyList<JsonElement> PerPage => Pages.Value;

    /// <summary>The same articles hard-wrapped every 17 characters, as a narrow column prints them.</summary>
    public static IReadOnlyList<JsonElement> RewrappedPerPage => Rewrapped.Value;

    /// <summary>The same articles with full-width digits and half-width commas, colons and semicolons.</summary>
    public static IReadOnlyList<JsonElement> FullWidthPerPage => FullWidth.Value;

    private static string Rewrap(string paragraph) =>
        string.Join('\n', Enumerable.Range(0, (paragraph.Length + 16) / 17).Select(i => paragraph.Substring(i * 17, Math.Min(17, paragraph.Length - i * 17))));

    private static string ToFullWidth(string paragraph) => new([.. paragraph.Select(c => c switch
    {
        >= '0' and <= '9' => (char)('０' + (c - '0')),
        '，' => ',',
        '：' => ':',
        '；' => ';',
        _ => c,
    })]);

    public static string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "newsportal-extract-harness");

    public static double Micro(string section, string metric) => PerPage.Average(p => p.GetProperty(section).GetProperty(metric).GetDouble());

    /// <summary>The gold articles of one page rebuilt from the seed text, before extraction.</summary>
    public static IReadOnlyList<ParsedArticle> Rebuild(string seedText, JsonElement gold)
    {
        var owners = new List<(int Position, int Article)>();
        var golds = gold.GetProperty("articles").EnumerateArray().ToList();
        for (var k = 0; k < golds.Count; k++)
        {
            foreach (var anchor in golds[k].GetProperty("anchors").EnumerateArray().Select(x => x.GetString()!))
            {
                var at = seedText.IndexOf(anchor, StringComparison.Ordinal);
                if (at >= 0) owners.Add((at, k));
            }
        }
        var articles = new List<ParsedArticle>();
        for (var k = 0; k < golds.Count; k++)
        {
            var a = golds[k];
            var title = a.GetProperty("title").ValueKind == JsonValueKind.String ? a.GetProperty("title").GetString()! : "";
            var subtitles = a.GetProperty("subtitles").EnumerateArray().Select(s => s.GetString() ?? "").ToList();
            var headline = Squash(title + string.Concat(subtitles));
            // Pieces: runs of consecutive anchors with no other article's anchor between them.
            var pieces = new List<(int Start, int End)>();
            var anchors = a.GetProperty("anchors").EnumerateArray().Select(x => x.GetString()!)
                .Select(x => (At: seedText.IndexOf(x, StringComparison.Ordinal), x.Length)).Where(x => x.At >= 0).ToList();
            foreach (var (at, length) in anchors)
            {
                if (pieces.Count > 0 && at >= pieces[^1].Start && !owners.Any(o => o.Article != k && o.Position > pieces[^1].Start && o.Position < at))
                {
                    pieces[^1] = (pieces[^1].Start, Math.Max(pieces[^1].End, at + length));
                }
                else
                {
                    pieces.Add((at, at + length));
                }
            }
            var paragraphs = new List<Paragraph>();
            var seen = new HashSet<int>();
            foreach (var (pieceStart, pieceEnd) in pieces)
            {
                var start = pieceStart == 0 ? 0 : seedText.LastIndexOf('\n', pieceStart - 1) + 1;
                var endAt = seedText.IndexOf('\n', pieceEnd);
                var end = endAt < 0 ? seedText.Length : endAt;
                for (var lineStart = start; lineStart < end;)
                {
                    var lineEndAt = seedText.IndexOf('\n', lineStart);
                    var lineEnd = lineEndAt < 0 || lineEndAt > end ? end : lineEndAt;
                    var line = seedText[lineStart..lineEnd];
                    var squashed = Squash(line);
                    if (seen.Add(lineStart) && squashed.Length > 0 && !headline.Contains(squashed, StringComparison.Ordinal))
                    {
                        paragraphs.Add(new Paragraph(line.Trim(), [new TextSpan(lineStart, lineEnd - lineStart)]));
                    }
                    lineStart = lineEnd + 1;
                }
            }
            var eventDate = a.GetProperty("event_date").ValueKind == JsonValueKind.String ? DateOnly.Parse(a.GetProperty("event_date").GetString()!) : (DateOnly?)null;
            articles.Add(new ParsedArticle
            {
                Title = title,
                Subtitles = subtitles,
                Reporters = a.GetProperty("reporters").EnumerateArray().Select(r => r.GetString()!).ToList(),
                EventDate = eventDate,
                Paragraphs = paragraphs,
            });
        }
        return articles;
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '#').ToArray());

    private static IReadOnlyList<JsonElement> ScoreAll(string variant, Func<string, string> transform)
    {
        var outputDirectory = Path.Combine(OutputDirectory, variant);
        Directory.CreateDirectory(outputDirectory);
        var goldDir = Path.Combine(GoldScore.RepoRoot, "tests", "gold");
        var extractor = new ArticleExtractor();
        var results = new List<JsonElement>();
        foreach (var goldFile in Directory.GetFiles(goldDir, "*.json").Order())
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            var file = gold.RootElement.GetProperty("file").GetString()!;
            var seed = File.ReadAllText(Path.Combine(GoldScore.RepoRoot, "seeds", file));
            var articles = Rebuild(seed, gold.RootElement)
                .Select(a => a with { Paragraphs = [.. a.Paragraphs.Select(p => p with { Text = transform(p.Text) })] })
                .Select(extractor.Extract).ToList();
            var page = new ParsedPage(file, seed, new EditionInfo(null, null, null), articles, []);
            var parsed = Path.Combine(outputDirectory, Path.GetFileName(goldFile));
            File.WriteAllText(parsed, ParserOutputJson.Write(page));
            results.Add(RunScorer(goldFile, parsed));
        }
        return results;
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
