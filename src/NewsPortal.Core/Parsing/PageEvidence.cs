using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsPortal.Core.Parsing;

/// <summary>Whether a text is a newspaper page at all: it must be mostly Chinese and hold at least one paragraph
/// of Chinese prose. A password file, a CSV table, source code or a log is refused with the reason.</summary>
internal static class PageEvidence
{
    /// <summary>Below this share of Han characters among the visible ones, the text is not a Chinese page. Kept low: a
    /// real page may carry much markup or Latin text (an HTML-ish dump, a page with injected script) around its Chinese
    /// prose, and such a page is stored (its text escaped when shown); the prose test below does the real work.</summary>
    private const int MinHanPercent = 5;
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
        // Markup or Latin text around the prose does not make it less of a sentence: only the Han letters are counted.
        var (han, _) = Count(line.Text);
        return han >= MinProseHan && line.Text.AsSpan().IndexOfAny("。，！？；") >= 0;
    }

    internal static (int Han, int Visible) Count(string text)
    {
        int han = 0, visible = 0;
        var letters = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        for (var i = 0; i < text.Length; i++)
        {
            // The Han letters of the main block that open the next eight, counted at once (most of a page).
            if (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= text.Length
                && HanText.HanRun(Vector128.Create(letters.Slice(i, Vector128<ushort>.Count))) is > 0 and var run)
            {
                han += run;
                visible += run;
                i += run - 1;
                continue;
            }
            var c = text[i];
            if (HanText.IsHan(c))
            {
                han++;
                visible++;
            }
            // Nothing above U+3000 is white space or a control letter: Chinese marks are counted without the Unicode tables.
            else if (c > '\u3000' || (c < '\u0080' ? c > ' ' && c != '\u007f' : !char.IsWhiteSpace(c) && !char.IsControl(c))) visible++;
        }
        return (han, visible);
    }
}
