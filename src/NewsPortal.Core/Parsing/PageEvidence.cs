namespace NewsPortal.Core.Parsing;

/// <summary>Whether a text is a newspaper page at all: it must be mostly Chinese and hold at least one paragraph
/// of Chinese prose. A password file, a CSV table, source code or a log is refused with the reason.</summary>
internal static class PageEvidence
{
    /// <summary>Below this share of Han characters among the visible ones, the text is not a Chinese page.</summary>
    private const int MinHanPercent = 25;
    /// <summary>A paragraph of prose: this many Han characters at least, with sentence or clause punctuation.</summary>
    private const int MinProseHan = 12;

    public static string? Refusal(string text, IReadOnlyList<PageLine> lines)
    {
        var (han, visible) = Count(text);
        if (visible == 0) return "the file holds no text, only blank lines and spaces";
        if (han == 0) return $"the text has no Chinese characters ({visible:N0} visible characters, none of them Han)";
        if (han * 100 < visible * MinHanPercent)
            return $"the text is mostly not Chinese: {han * 100.0 / visible:0.#}% of its {visible:N0} visible characters are Han";
        if (!lines.Any(IsProse)) return "no line reads as a paragraph of Chinese prose (a sentence with Chinese punctuation)";
        return null;
    }

    private static bool IsProse(PageLine line)
    {
        var (han, visible) = Count(line.Text);
        return han >= MinProseHan && han * 2 >= visible && line.Text.AsSpan().IndexOfAny("。，！？；") >= 0;
    }

    private static (int Han, int Visible) Count(string text)
    {
        int han = 0, visible = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) continue;
            visible++;
            if (HanText.IsHan(c)) han++;
        }
        return (han, visible);
    }
}
