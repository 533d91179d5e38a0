using System.Text.RegularExpressions;

namespace NewsPortal.Core.Parsing;

/// <summary>The publication date inferred from the page, and why.</summary>
internal sealed record EditionDate(DateOnly? Date, string Basis, int? Year);

/// <summary>Infers the publication date: the latest event day of the page's articles plus one day (papers print
/// yesterday's news), in the year the page's year mentions vote for.</summary>
internal sealed partial class EditionDateInference(ParsingKnowledge knowledge)
{
    [GeneratedRegex(@"(?<!\d)(?<y>19[5-9]\d|20\d\d)\s*年")]
    private static partial Regex YearMention();

    /// <summary>What <see cref="YearMention"/> finds in the text, in order, as (index, length): read back from each 年
    /// (rarer than the digits the pattern's own search starts from): white space (the pattern's \s, letter by letter),
    /// then the year's four digits with no digit before them. A match ends at its 年 and holds no other, so no two
    /// overlap and each 年 ends at most one.</summary>
    internal static IEnumerable<(int Index, int Length)> YearMentions(string text)
    {
        for (var year = text.IndexOf('年'); year >= 0; year = text.IndexOf('年', year + 1))
        {
            var digitsEnd = year;
            while (digitsEnd > 0 && IsPatternWhiteSpace(text[digitsEnd - 1])) digitsEnd--;
            var start = digitsEnd - 4;
            if (start < 0 || start > 0 && char.IsDigit(text[start - 1])) continue;
            var (a, b, c, d) = (text[start], text[start + 1], text[start + 2], text[start + 3]);
            if ((a == '1' && b == '9' && c is >= '5' and <= '9' || a == '2' && b == '0' && char.IsDigit(c)) && char.IsDigit(d))
                yield return (start, year + 1 - start);
        }
    }

    /// <summary>The letters the pattern language's \s matches: [\f\n\r\t\v\x85\p{Z}] (tested against it on every letter).</summary>
    internal static bool IsPatternWhiteSpace(char c) =>
        c is '\f' or '\n' or '\r' or '\t' or '\v' or '\x85'
        || c > ' ' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpaceSeparator
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
        || c == ' ';

    public EditionDate Infer(string pageText, IReadOnlyList<(int Month, int Day)> eventDays)
    {
        // Hard wraps cut phrases ("十四\n五”开好局"); the vote reads the text without whitespace.
        pageText = HanText.Key(pageText);
        if (eventDays.Count == 0) return new EditionDate(null, "没有电头或导语日期，无法推定出版日期。", Year(pageText, null).Year);
        var latestMonth = eventDays.Max(d => d.Month);
        // A page of December news that also has January dates straddles the new year: January is the later one.
        var straddles = latestMonth == 12 && eventDays.Any(d => d.Month == 1);
        var (latest, count) = eventDays.Where(d => !straddles || d.Month == 1).GroupBy(d => d)
            .Select(g => (Day: g.Key, Count: g.Count())).MaxBy(x => x.Day.Month * 100 + x.Day.Day);
        var (year, yearBasis) = Year(pageText, latest.Month);
        if (year is null) return new EditionDate(null, $"最新事件日期为{latest.Month}月{latest.Day}日，但文中没有可据以定年的年份。", null);
        if (!IsValid(year.Value, latest.Month, latest.Day))
            return new EditionDate(null, $"最新事件日期{latest.Month}月{latest.Day}日无效。", year);
        var date = new DateOnly(year.Value, latest.Month, latest.Day).AddDays(1);
        var yesterday = pageText.Contains("昨日", StringComparison.Ordinal) || pageText.Contains("昨天", StringComparison.Ordinal) ? "，文中“昨日”与此相符" : "";
        var basis = $"文中最新的电头/导语日期为{latest.Month}月{latest.Day}日（{count}篇），按报纸次日见报推定为{date:yyyy-MM-dd}{yesterday}；年份{yearBasis}。";
        return new EditionDate(date, basis, year);
    }

    private static bool AnyIn(IReadOnlyList<string> words, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < words.Count; i++)
            if (text.Contains(words[i], StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool AnyStarts(IReadOnlyList<string> words, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < words.Count; i++)
            if (text.StartsWith(words[i], StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool AnyEnds(IReadOnlyList<string> words, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < words.Count; i++)
            if (text.EndsWith(words[i], StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsValid(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>A weighted vote over year mentions: plain mentions count once; past markers (截至…底, …年度) twice;
    /// plans (…年工作, 到…年) point to the year before on late-year pages; era phrases (十四五收官) three times.</summary>
    private (int? Year, string Basis) Year(string text, int? month)
    {
        var votes = new Dictionary<int, double>();
        void Vote(int y, double w) => votes[y] = votes.GetValueOrDefault(y) + w;
        var lateYear = month is >= 10;
        var earlyYear = month is <= 6;

        // Matches as spans, not Match objects and substrings: the whole page's text is searched.
        foreach (var m in YearMentions(text))
        {
            // The look-behind takes no letter: the year is the match's first four.
            var y = int.Parse(text.AsSpan(m.Index, 4));
            var before = text.AsSpan(Math.Max(0, m.Index - 3), Math.Min(3, m.Index));
            var after = text.AsSpan(m.Index + m.Length, Math.Min(4, text.Length - m.Index - m.Length));
            if (before.Length > 0 && before[^1] is '—' or '－' or '-' or '至') continue;
            if (AnyIn(knowledge.PastBeforeYear, before) || AnyStarts(knowledge.PastAfterYear, after))
            {
                var yearEnd = after.Length > 0 && after[0] is '底' or '末';
                Vote(yearEnd && earlyYear ? y + 1 : y, 2);
                continue;
            }
            if (AnyEnds(knowledge.FutureBeforeYear, before)) continue;
            if (AnyStarts(knowledge.PlanAfterYear, after))
            {
                if (lateYear) Vote(y - 1, 1);
                else Vote(y, 1);
                continue;
            }
            Vote(y, 1);
            // Late in the year, pages speak of next year's events as much as of this year's.
            if (lateYear) Vote(y - 1, 0.75);
        }
        foreach (var (pattern, year) in knowledge.Eras)
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                var before = text.AsSpan(Math.Max(0, m.Index - 8), Math.Min(8, m.Index));
                if (YearMention().IsMatch(before)) continue;
                Vote(year, 3);
            }
        }
        if (votes.Count == 0) return (null, "无从推定");
        var best = votes.MaxBy(v => (v.Value, v.Key));
        return (best.Key, $"据文中年份提及加权推定为{best.Key}年（得票{best.Value:0.##}）");
    }
}
