using System.Text.RegularExpressions;

namespace NewsPortal.Core.Extraction;

/// <summary>Finds the reporting period a figure belongs to (2024年1—11月, 上半年, 到2027年) from periods.json.</summary>
internal sealed class PeriodFinder
{
    private readonly Regex _pattern;

    public PeriodFinder(PeriodPatterns patterns)
    {
        _pattern = new Regex(string.Join('|', patterns.Patterns.Select(p => "(?:" + p + ")")),
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>All period expressions in the text, in order.</summary>
    public IReadOnlyList<(int Start, int End, string Value)> FindAll(string text)
    {
        var found = new List<(int, int, string)>();
        try
        {
            foreach (var m in _pattern.EnumerateMatches(text))
            {
                found.Add((m.Index, m.Index + m.Length, text.Substring(m.Index, m.Length)));
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
        var sentence = article.SentenceStart(figureStart);
        var paragraph = article.ParagraphStart(figureStart);
        string? inParagraph = null;
        foreach (var (start, end, value) in periods)
        {
            if (end > figureStart) break;
            if (start >= sentence) return LastInSentence(periods, sentence, figureStart);
            if (start >= paragraph) inParagraph = value;
        }
        return inParagraph;
    }

    private static string? LastInSentence(IReadOnlyList<(int Start, int End, string Value)> periods, int sentence, int figureStart)
    {
        string? last = null;
        foreach (var (start, end, value) in periods)
        {
            if (end > figureStart) break;
            if (start >= sentence) last = value;
        }
        return last;
    }
}

/// <summary>periods.json.</summary>
internal sealed record PeriodPatterns(IReadOnlyList<string> Patterns)
{
    public static PeriodPatterns Load() => DataFile.Read<PeriodPatterns>("periods.json");
}
