using System.Numerics;
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
        int han = 0, visible = 0, i = 0;
        var letters = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        // Eight letters at a time: Han, visible ASCII and anything above U+3000 are counted by masks; only the rare
        // letters between (Latin-1, general punctuation) are asked of the Unicode tables one by one.
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= letters.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(letters.Slice(i, Vector128<ushort>.Count));
                var isHan = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x4E00), Vector128.Create((ushort)(0x9FFF - 0x4E00)))
                            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x3400), Vector128.Create((ushort)(0x4DBF - 0x3400)));
                var shown = Vector128.GreaterThan(v, Vector128.Create((ushort)0x3000))
                            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x21), Vector128.Create((ushort)(0x7E - 0x21)));
                var between = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x80), Vector128.Create((ushort)(0x3000 - 0x80)));
                han += BitOperations.PopCount(isHan.ExtractMostSignificantBits());
                visible += BitOperations.PopCount(shown.ExtractMostSignificantBits());
                for (var rare = between.ExtractMostSignificantBits(); rare != 0; rare &= rare - 1)
                {
                    var c = text[i + BitOperations.TrailingZeroCount(rare)];
                    if (!char.IsWhiteSpace(c) && !char.IsControl(c)) visible++;
                }
            }
        }
        for (; i < text.Length; i++)
        {
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
