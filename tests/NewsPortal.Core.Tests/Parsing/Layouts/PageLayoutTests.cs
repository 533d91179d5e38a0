using System.Text;
using NewsPortal.Core.Parsing;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Parsing.Layouts;

/// <summary>Issue 14: the parser reads the same page the same way whatever its layout.</summary>
public sealed class PageLayoutTests
{
    public static TheoryData<string> LineKeepingVariants() =>
        new(PageLayoutGenerator.Variants.Where(v => v.KeepsLines).Select(v => v.Name));

    /// <summary>Indentation, doubled blank lines, trailing spaces, CRLF and encodings leave the blocks (texts and kinds)
    /// exactly as the page's own layout gives them.</summary>
    [Theory]
    [MemberData(nameof(LineKeepingVariants))]
    public void Layouts_that_keep_the_lines_give_the_same_blocks(string name)
    {
        var variant = PageLayoutGenerator.Variant(name);
        foreach (var seed in SeedFiles())
        {
            var text = File.ReadAllText(seed, Encoding.UTF8);
            var expected = Classified(Encoding.UTF8.GetBytes(text));
            var actual = Classified(PageLayoutGenerator.Apply(variant, text));
            Assert.True(expected.SequenceEqual(actual), $"{name} {Path.GetFileName(seed)}: first difference at block "
                + $"{expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count()}: "
                + $"{expected.ElementAtOrDefault(expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count())} against "
                + $"{actual.ElementAtOrDefault(expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count())}");
        }
    }

    /// <summary>Every paragraph's spans point at the page text it was read from, in every layout (a headline line
    /// cut into kicker and title gives both the line's span, so the spans hold the paragraph's text).</summary>
    [Theory]
    [MemberData(nameof(AllVariants))]
    public void Paragraph_spans_point_at_their_own_text(string name)
    {
        var parser = new PageParser();
        foreach (var seed in SeedFiles())
        {
            var page = parser.Parse(PageLayoutGenerator.Apply(PageLayoutGenerator.Variant(name), File.ReadAllText(seed, Encoding.UTF8)), Path.GetFileName(seed));
            foreach (var p in page.Articles.SelectMany(a => a.Paragraphs))
            {
                var source = string.Concat(p.Spans.Select(s => page.Text.Substring(s.Start, s.Length)));
                Assert.Contains(Comparable(p.Text), Comparable(source));
            }
        }
    }

    public static TheoryData<string> AllVariants() => new(PageLayoutGenerator.Variants.Select(v => v.Name));

    /// <summary>Layouts that do not reach issue 14's bar yet, with the mean article_f1, anchor_recall and title they must
    /// keep (measured with bench/layouts.py, 2026-12-06 00:25): indented, without blank lines and wrapped at 23
    /// 0.974 / 0.995 / 0.971, page 004 at 0.87 and page 003's title 0.857 (0.938 / 0.969 / 0.921 before a deck wider than
    /// the column, cut at 23 with its rest unindented, was read as one line; 0.945 / 0.991 / 0.915 and 0.883 / 0.961 /
    /// 0.826 on 2026-12-05 at 11:40, before headline lines that a typeset column ran into one paragraph were read apart;
    /// title 0.896 before a chair line under a lone title was read as the title's second part). Closed since: re-cut at 15 and 17 (title 0.983 before
    /// a title over a deck the dump cut into prose-like lines was read as a headline), and without blank lines, indented
    /// or not (title 0.975 before the chair line: page 000's `…常务会议` over `…主持`).</summary>
    private static readonly Dictionary<string, (double ArticleF1, double AnchorRecall, double Title)> OpenLayouts = new()
    {
        ["wrap-23-indented-no-blank-lines"] = (0.97, 0.99, 0.97),
    };

    public static TheoryData<string> ClosedVariants() => new(PageLayoutGenerator.Variants.Select(v => v.Name).Where(n => !OpenLayouts.ContainsKey(n)));

    public static TheoryData<string> OpenVariants() => new(OpenLayouts.Keys);

    [Theory]
    [MemberData(nameof(OpenVariants))]
    public void Layouts_not_yet_within_0_03_keep_their_measured_scores(string name)
    {
        var variant = PageLayoutGenerator.Variant(name);
        var scores = GoldScore.ScoreSeeds(text => PageLayoutGenerator.Apply(variant, text));
        var (f1, anchors) = (scores.Average(p => p.GetProperty("article_f1").GetDouble()), scores.Average(p => p.GetProperty("anchor_recall").GetDouble()));
        var title = scores.Average(p => p.GetProperty("fields").GetProperty("title").GetDouble());
        var floor = OpenLayouts[name];
        Assert.True(f1 >= floor.ArticleF1 && anchors >= floor.AnchorRecall && title >= floor.Title,
            $"{name}: article_f1 {f1:0.000}, anchor_recall {anchors:0.000}, title {title:0.000}");
    }

    /// <summary>The practice pages printed without blank lines (their only paragraph breaks on the wrapped ones):
    /// the mean article_f1, anchor_recall and title they keep (bench/layouts.py on tests/devpages, 2026-12-05 11:00:
    /// 0.893 / 0.975 / 0.920; 0.817 / 0.952 / 0.873 at 10:00, and 0.596 / 0.923 / 0.550 before the rules for pages
    /// without blank lines in docs/parsing.md's eighth session; title 0.969 at 14:00 once a title naming its district
    /// is read apart from a shorter deck under it).</summary>
    [Fact]
    public void Practice_pages_without_blank_lines_keep_their_measured_scores()
    {
        var variant = PageLayoutGenerator.Variant("no-blank-lines");
        var scores = GoldScore.ScoreDevPages(text => PageLayoutGenerator.Apply(variant, text));
        var (f1, anchors) = (scores.Average(p => p.GetProperty("article_f1").GetDouble()), scores.Average(p => p.GetProperty("anchor_recall").GetDouble()));
        var title = scores.Average(p => p.GetProperty("fields").GetProperty("title").GetDouble());
        Assert.True(f1 >= 0.89 && anchors >= 0.97 && title >= 0.96, $"article_f1 {f1:0.000}, anchor_recall {anchors:0.000}, title {title:0.000}");
    }

    /// <summary>Issue 14's "done when": every seed, in each layout, within 0.03 of its own score.</summary>
    [Theory]
    [MemberData(nameof(ClosedVariants))]
    public void Every_seed_in_every_layout_scores_within_0_03_of_its_own_score(string name)
    {
        var variant = PageLayoutGenerator.Variant(name);
        var scores = GoldScore.ScoreSeeds(text => PageLayoutGenerator.Apply(variant, text));
        var failures = new List<string>();
        for (var i = 0; i < scores.Count; i++)
        {
            var (own, laid) = (GoldScore.PerPage[i], scores[i]);
            foreach (var metric in new[] { "article_f1", "anchor_recall" })
            {
                var (a, b) = (own.GetProperty(metric).GetDouble(), laid.GetProperty(metric).GetDouble());
                if (b < a - 0.03) failures.Add($"{own.GetProperty("file")} {metric} {b:0.000} against {a:0.000}");
            }
            var (t1, t2) = (own.GetProperty("fields").GetProperty("title").GetDouble(), laid.GetProperty("fields").GetProperty("title").GetDouble());
            if (t2 < t1 - 0.03) failures.Add($"{own.GetProperty("file")} title {t2:0.000} against {t1:0.000}");
        }
        Assert.True(failures.Count == 0, $"{name}: " + string.Join("; ", failures));
    }

    private static string Comparable(string s) => HanText.Key(s).Replace("##", "");

    private static List<string> Classified(byte[] bytes)
    {
        var text = new PageDecoder().Decode(bytes).Text;
        var lines = Stages.Lines(text);
        return new BlockClassifier(Stages.Cues).Classify(new BlockSplitter(Stages.Cues).Split(lines), new CharacterStatistics(text))
            .Select(b => $"{b.Kind}:{HanText.Key(b.Text)}").ToList();
    }

    private static IEnumerable<string> SeedFiles() =>
        Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "seeds"), "*.txt").Order();
}
