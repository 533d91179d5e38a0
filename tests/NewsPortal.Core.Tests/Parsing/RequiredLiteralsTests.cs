using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using NewsPortal.Core.Parsing;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class RequiredLiteralsTests
{
    [Theory]
    // An alternation of fixed texts at the start: one of them within its own length of the start.
    [InlineData(@"^(?<src>新华社|本报)(?<place>[\p{IsCJKUnifiedIdeographs}]{1,8}?)(?<m>\d{1,2})月", "新华社 本报", 3)]
    // Fixed pieces next to each other read as one literal, groups and escapes included.
    [InlineData(@"刊(?:登)\.(?<x>评论)员", "刊登.评论员", null)]
    // A short class is a set of letters; the furthest start adds up the widths before it.
    [InlineData(@"^\d{1,3}[、)）]", ") 、 ）", 4)]
    // Each branch's literals, the union over the branches.
    [InlineData(@"第\s*\d+\s*版|\d+\s*版", "第 版", null)]
    [InlineData(@"^(?:[-•]\s*|\d{1,3}[.．])", "- . • ．", 4)]
    // A required repetition keeps its literal; an unbounded width before it lifts the window.
    [InlineData(@"^\d+(?:万元)+", "万元", null)]
    public void Literals_are_read_off_the_pattern(string pattern, string literals, int? window)
    {
        var found = RequiredLiterals.Of(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Assert.NotNull(found);
        Assert.Equal(literals.Split(' ').Order(StringComparer.Ordinal), found.Literals.Order(StringComparer.Ordinal));
        Assert.Equal(window, found.Window);
    }

    [Theory]
    // A pattern anchored at the start opens with one of its first pieces' letters, or those after pieces that may match none.
    [InlineData(@"^(?:[一二]+、|[（(][一二][）)]|第)", "(一二第（", false)]
    [InlineData(@"^(?:本报)?(?:特约)?评论员$", "本特评", false)]
    [InlineData(@"^(?:\d{4}年)?\d{1,2}月", "", true)]
    [InlineData(@"(?<!x)^(?=各)[各每]\w+", "各每", false)]
    public void An_anchored_pattern_is_asked_only_of_texts_opening_with_its_first_letters(string pattern, string letters, bool digits)
    {
        var first = RequiredLiterals.Of(pattern, RegexOptions.CultureInvariant)?.First;
        Assert.NotNull(first);
        Assert.Equal(letters, string.Concat(first.Letters.Order()));
        Assert.Equal(digits, first.Digits);
    }

    [Theory]
    [InlineData(@"^(?:本报|[\p{IsCJKUnifiedIdeographs}]{1,8}报)?评论员")] // a category opens it
    [InlineData(@"^\s*第")] // white space opens it
    [InlineData(@"^第?|各")] // not anchored in every branch
    [InlineData(@"^(?:第)?")] // may match nothing
    public void Patterns_opening_with_any_letter_have_no_first_letters(string pattern) =>
        Assert.Null(RequiredLiterals.Of(pattern, RegexOptions.CultureInvariant)?.First);

    [Theory]
    [InlineData(@"(?<a>报)\k<a>")] // back-reference
    [InlineData(@"(?i)报讯")] // inline option
    [InlineData(@"(报)?讯?")] // nothing required
    [InlineData(@"[^报]{2}")] // negated class
    [InlineData(@"[\p{IsCJKUnifiedIdeographs}]+")] // a class of many letters
    [InlineData(@"报{x}")] // not a quantifier
    [InlineData(@"(?(报)讯|电)")] // conditional
    [InlineData(@"[a-z-[aeiou]]")] // class subtraction
    public void Patterns_it_does_not_understand_or_that_require_nothing_have_no_literals(string pattern) =>
        Assert.Null(RequiredLiterals.Of(pattern, RegexOptions.CultureInvariant));

    [Fact]
    public void Options_other_than_the_knowledges_give_no_literals() =>
        Assert.Null(RequiredLiterals.Of("报讯", RegexOptions.IgnoreCase));

    /// <summary>Every pattern of the knowledge file, gated, answers as its regular expression on every line and paragraph
    /// of the seed and practice pages and on random texts made of its own literals and the letters around them.</summary>
    [Fact]
    public void Every_knowledge_pattern_answers_as_its_regular_expression()
    {
        var patterns = KnowledgePatterns().ToList();
        Assert.True(patterns.Count > 30);
        Assert.True(patterns.Count(p => p.Literals is not null) > 25);
        var texts = new List<string>();
        foreach (var dir in new[] { Path.Combine(GoldScore.RepoRoot, "seeds"), Path.Combine(GoldScore.RepoRoot, "tests", "devpages", "pages") })
        foreach (var file in Directory.GetFiles(dir, "*.txt"))
        {
            var lines = File.ReadAllLines(file);
            texts.AddRange(lines);
            texts.AddRange(lines.Select(l => l.Trim()));
            // Pairs of lines: a paragraph joined from its printed lines.
            texts.AddRange(lines.Zip(lines.Skip(1), (a, b) => a.Trim() + b.Trim()));
        }
        var random = new Random(21);
        var rejected = 0;
        foreach (var pattern in patterns)
        {
            var pool = (pattern.Literals?.Literals ?? []).Concat(["本报", "记者", "年", "月", "日", "1", "2", "０", "，", "。", "”", " ", "\u3000", "说", "（", "）", "重庆", "a", "\n"]).ToArray();
            var own = Enumerable.Range(0, 3000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pool[random.Next(pool.Length)])));
            foreach (var text in texts.Concat(own))
            {
                var expected = pattern.Regex.Match(text);
                var match = pattern.Match(text);
                Assert.True(expected.Success == match.Success, $"{pattern}: «{text}»");
                Assert.Equal(expected.Value, match.Value);
                Assert.Equal(pattern.Regex.IsMatch(text), pattern.IsMatch(text));
                Assert.Equal(pattern.Regex.IsMatch(text.AsSpan(0, text.Length / 2)), pattern.IsMatch(text.AsSpan(0, text.Length / 2)));
                Assert.Equal(pattern.Regex.Matches(text).Select(m => (m.Index, m.Value)), pattern.Matches(text).Select(m => (m.Index, m.Value)));
                var count = 0;
                foreach (var _ in pattern.EnumerateMatches(text)) count++;
                Assert.Equal(pattern.Regex.Count(text), count);
                if (!expected.Success && pattern.Literals is { } l && !l.MayMatch(text)) rejected++;
            }
        }
        // The literals spare the regular expression most of its calls.
        Assert.True(rejected > patterns.Count * texts.Count / 2, $"{rejected}");
    }

    private static IEnumerable<KnowledgePattern> KnowledgePatterns()
    {
        foreach (var property in typeof(ParsingKnowledge).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(ParsingKnowledge.Default);
            if (value is KnowledgePattern pattern) yield return pattern;
            else if (value is IEnumerable items and not string)
                foreach (var item in items)
                {
                    if (item is KnowledgePattern p) yield return p;
                    else if (item is ValueTuple<KnowledgePattern, int> era) yield return era.Item1;
                }
        }
    }
}
