using System.Text.RegularExpressions;

namespace NewsPortal.Core.Extraction;

/// <summary>Finds the reporting period a figure belongs to (2024年1—11月, 上半年, 到2027年) from periods.json.</summary>
internal sealed class PeriodFinder
{
    private readonly Regex _pattern;
    private readonly IReadOnlyList<RelativeYear> _relativeYears;

    public PeriodFinder(PeriodPatterns patterns)
    {
        _pattern = new Regex(string.Join('|', patterns.Patterns.Select(p => "(?:" + p + ")")),
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        _relativeYears = patterns.RelativeYears ?? [];
    }

    /// <summary>A period with its relative year written out (今年1—11月 → 2024年1—11月) when the article's year is known.</summary>
    public string? Normalise(string? period, int? year)
    {
        if (period is null || year is not { } y) return period;
        foreach (var r in _relativeYears)
        {
            var at = period.IndexOf(r.Word, StringComparison.Ordinal);
            if (at >= 0) return string.Concat(period.AsSpan(0, at), $"{y + r.Offset}年", period.AsSpan(at + r.Word.Length));
        }
        return period;
    }

    /// <summary>All period expressions in the text, in order.</summary>
    public IReadOnlyList<(int Start, int End, string Value)> FindAll(string text) => FindAll(text, [(0, text.Length)]);

    /// <summary>Period expressions inside the given ordered, non-overlapping windows of the text.</summary>
    public IReadOnlyList<(int Start, int End, string Value)> FindAll(string text, IEnumerable<(int Start, int End)> windows)
    {
        var found = new List<(int, int, string)>();
        try
        {
            foreach (var (start, end) in windows)
            {
                foreach (var m in _pattern.EnumerateMatches(text.AsSpan(start, end - start)))
                {
                    found.Add((start + m.Index, start + m.Index + m.Length, text.Substring(start + m.Index, m.Length)));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text loses its periods, never the article.
        }
        return found;
    }

    /// <summary>The last period before the figure in its sentence, else in its paragraph.</summary>
    public static string? For(ExtractionText article, IReadOnlyList<(int Start, int End, string Value)> periods, int figureStart)
    {
        var k = LastEndingBefore(periods, figureStart);
        if (k < 0) return null;
        var sentence = article.SentenceStart(figureStart);
        if (periods[k].Start >= sentence) return periods[k].Value;
        return periods[k].Start >= article.ParagraphStart(figureStart) ? periods[k].Value : null;
    }

    /// <summary>Index of the last period ending at or before <paramref name="position"/>, or -1 (periods do not overlap).</summary>
    public static int LastEndingBefore(IReadOnlyList<(int Start, int End, string Value)> periods, int position)
    {
        int lo = 0, hi = periods.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (periods[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }
}

/// <summary>periods.json.</summary>
internal sealed record PeriodPatterns(IReadOnlyList<string> Patterns, IReadOnlyList<RelativeYear>? RelativeYears = null)
{
    public static PeriodPatterns Load() => DataFile.Read<PeriodPatterns>("periods.json");
}

/// <summary>A word for a year counted from the article's (去年 = -1).</summary>
internal sealed record RelativeYear(string Word, int Offset);
