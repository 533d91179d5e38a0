using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>One physical line of the page: its content (outer whitespace and a "## " mark removed), where the content
/// sits in the page text, and how far it is indented (full-width space 1, ASCII space ½, tab 2).</summary>
internal sealed record RawLine(int Index, int Start, int Length, string Text, double Indent, int IndentChars, bool MarkedHeading)
{
    public bool IsBlank => Text.Length == 0;
    public double Width { get; } = HanText.Width(Text);
    /// <summary>Characters from the start of the line to the end of its content: what a dump that wraps by characters counts.</summary>
    public int RawLength => IndentChars + (MarkedHeading ? 3 : 0) + Text.Length;
    /// <summary>A single leading ASCII space: in a dump wrapped by characters, the space the wrap fell on.</summary>
    public bool StartsWithOneSpace => IndentChars == 1 && Indent == 0.5;
    /// <summary>A single ASCII space after the content: in a dump wrapped by characters, the space the wrap fell on.</summary>
    public bool EndsWithOneSpace { get; init; }
}

/// <summary>One logical line: a paragraph (or one display line of a headline) with hard wraps undone, the pieces of
/// page text it was read from, and the blank lines before it (counted in the page's own unit).</summary>
internal sealed record PageLine(int Index, int Start, int Length, string Text, bool Indented, bool MarkedHeading = false)
{
    public bool IsBlank => Text.Length == 0;
    /// <summary>Measured when asked: only a few blocks' lines are (a paragraph's whole text was measured for every line).</summary>
    public double Width => HanText.Width(Text);
    public IReadOnlyList<TextSpan> Spans { get; init; } = [new TextSpan(Start, Length)];
    public int BlankBefore { get; init; }
    /// <summary>Its last physical line ran to the column edge without ending a sentence: the paragraph was cut there.</summary>
    public bool Cut { get; init; }
    public int PhysicalLines { get; init; } = 1;
    /// <summary>One of headline lines stacked one under the other that the column's edge had run into one paragraph.</summary>
    public bool Stacked { get; init; }
    /// <summary>A headline's deck the dump wrapped at the column under the headline's own lines, or cut at the dump's own
    /// width where it was printed wider than the column: display text, not prose.</summary>
    public bool WrappedDeck { get; init; }
}

/// <summary>The physical lines of a page and the layout measured from them.</summary>
internal sealed record PageLines(IReadOnlyList<RawLine> Lines, LineProfile Profile)
{
    public double? WrapWidth => Profile.WrapWidth;
}

/// <summary>The logical lines of a page (hard wraps undone) and the layout they were read with.</summary>
internal sealed record ParagraphLines(IReadOnlyList<PageLine> Lines, LineProfile Profile);

/// <summary>Splits the page text into physical lines and measures the page's layout from them.</summary>
internal sealed class LineSplitter
{
    public PageLines Split(string text)
    {
        var lines = new List<RawLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add(Read(text, lines.Count, start, end));
            if (end == text.Length) break;
            start = end + 1;
        }
        return new PageLines(lines, LineProfile.Measure(lines));
    }

    private static RawLine Read(string text, int index, int start, int end)
    {
        var from = start;
        double indent = 0;
        while (from < end && HanText.IsWhiteSpace(text[from]))
        {
            indent += text[from] switch { '\t' => 2, '\u3000' => 1, _ => 0.5 };
            from++;
        }
        var to = end;
        while (to > from && HanText.IsWhiteSpace(text[to - 1])) to--;
        var heading = to - from > 3 && string.CompareOrdinal(text, from, "## ", 0, 3) == 0;
        var contentStart = heading ? from + 3 : from;
        while (heading && contentStart < to && HanText.IsWhiteSpace(text[contentStart])) contentStart++;
        if (from == to) return new RawLine(index, start, 0, "", 0, 0, false);
        var trailing = text.AsSpan(to, end - to).TrimEnd('\r');
        return new RawLine(index, contentStart, to - contentStart, text[contentStart..to], indent, from - start, heading)
        {
            EndsWithOneSpace = trailing is " ",
        };
    }
}
