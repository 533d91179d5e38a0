namespace NewsPortal.Core.Parsing;

/// <summary>The page's own layout, measured from its lines: the width it was hard-wrapped at (counted in characters,
/// or in display width for typeset columns), how far its paragraphs are indented, and how many blank lines
/// separate its paragraphs.</summary>
internal sealed record LineProfile(double? WrapWidth, bool WrapsByCharacters, double ParagraphIndent, bool IndentStartsParagraphs, int BlankUnit)
{
    /// <summary>The page puts blank lines between its paragraphs (not only here and there), so lines printed
    /// without one between them belong together.</summary>
    public bool BlankSeparated { get; init; }

    /// <summary>Every line is indented alike: the indentation is a margin and says nothing about paragraphs.</summary>
    public bool IndentIsMargin { get; init; }

    private int Columns(RawLine line) => IndentIsMargin ? line.RawLength - line.IndentChars : line.RawLength;

    /// <summary>Lines this long or longer say something about the wrap width; shorter ones are furniture and headlines.</summary>
    private const int MeasuredLength = 6;

    public static LineProfile Measure(IReadOnlyList<RawLine> lines)
    {
        var text = lines.Where(l => !l.IsBlank).ToList();
        var (indent, startsParagraphs) = MeasureIndent(text);
        // Indentation every line shares is a margin, not part of the column.
        var margin = indent > 0 && !startsParagraphs;
        var (width, byCharacters) = MeasureWrap(text, margin);
        var (unit, runs) = MeasureBlankUnit(lines);
        var blankSeparated = runs >= 1 && runs * 10 >= text.Count;
        return new LineProfile(width, byCharacters, indent, startsParagraphs, unit)
        {
            IndentIsMargin = margin,
            BlankSeparated = blankSeparated,
            NarrowColumns = width is { } w && !byCharacters && !blankSeparated ? MeasureNarrowColumns(text, w) : null,
        };
    }

    /// <summary>Lines set in a column narrower than the page's (a standfirst or a box beside the main columns), by line
    /// index, with that column's width. Only on typeset pages without blank lines, where nothing else tells where such a
    /// column's paragraphs go on.</summary>
    public IReadOnlyDictionary<int, double>? NarrowColumns { get; init; }

    /// <summary>True when the line reaches the column edge: the dump wrapped it, the paragraph goes on.</summary>
    public bool IsFull(RawLine line)
    {
        if (WrapWidth is not { } w) return false;
        if (WrapsByCharacters) return line.Text.Length <= w && Columns(line) >= w;
        // Typeset columns print digits and Latin letters wider than half a character: each may make up the difference.
        return ReachesEdge(line, w) || NarrowColumns is { } narrow && narrow.TryGetValue(line.Index, out var n) && ReachesEdge(line, n);
    }

    /// <summary>The next line is wider than the narrower column the line is set in: the column ended with the line.</summary>
    public bool LeavesColumn(RawLine line, RawLine next) =>
        NarrowColumns is { } narrow && narrow.TryGetValue(line.Index, out var n) && next.Width > n + 2.5;

    private bool ReachesEdge(RawLine line, double width) =>
        line.Width <= width + 2.5 && line.Width + (IndentIsMargin ? 0 : line.Indent) >= width - 2 - 0.5 * AsciiCount(line.Text);

    /// <summary>A line of a dump wrapped by characters that reaches the column edge with the one space after it: the
    /// wrap fell on a space between words ("…推进处 " over "张晓峰").</summary>
    public bool IsFullToItsSpace(RawLine line) =>
        WrapWidth is { } w && WrapsByCharacters && line.EndsWithOneSpace && line.Text.Length < w && Columns(line) + 1 == (int)w;

    /// <summary>Longer than the column: a line the dump did not wrap (a headline, a table row), never a paragraph's continuation.</summary>
    public bool IsOverlong(RawLine line) => WrapWidth is { } w && (WrapsByCharacters ? line.Text.Length > w : line.Width > w + 2.5);

    private static int AsciiCount(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c < '\u0080') count++;
        return count;
    }

    /// <summary>Indented as far as the page indents its paragraphs: a paragraph begins here.</summary>
    public bool StartsParagraph(RawLine line) => IndentStartsParagraphs && line.Indent >= ParagraphIndent - 0.25;

    /// <summary>Indented further than the page's paragraphs: set apart on purpose (a new item).</summary>
    public bool IsSetApart(RawLine line) => line.Indent > ParagraphIndent + 0.25;

    /// <summary>A run of blank lines in the page's unit: on a page with two blank lines between paragraphs, two count one.</summary>
    public int Blanks(int count) => count == 0 ? 0 : Math.Max(1, (int)Math.Round((double)count / BlankUnit, MidpointRounding.ToZero));

    /// <summary>The indentation most indented lines share, when enough lines have it; it starts paragraphs unless
    /// (nearly) every line has it, in which case it says nothing.</summary>
    private static (double Indent, bool StartsParagraphs) MeasureIndent(List<RawLine> lines)
    {
        if (lines.Count == 0) return (0, false);
        var indented = lines.Where(l => l.Indent > 0).GroupBy(l => l.Indent).Select(g => (Indent: g.Key, Count: g.Count())).ToList();
        if (indented.Count == 0) return (0, false);
        var (common, count) = indented.MaxBy(g => (g.Count, -g.Indent));
        if (count < 3 || count * 10 < lines.Count) return (0, false);
        var atLeast = lines.Count(l => l.Indent >= common - 0.25);
        return (common, atLeast * 100 < lines.Count * 90);
    }

    private static (double? Width, bool ByCharacters) MeasureWrap(List<RawLine> lines, bool margin)
    {
        var measured = lines.Where(l => l.Text.Length >= MeasuredLength).ToList();
        if (measured.Count < 8) return (null, false);
        if (CharacterWrap(measured, margin) is { } chars) return (chars, true);
        return (DisplayWrap(measured), false);
    }

    /// <summary>A dump cut every N characters: many lines exactly N long (indentation included), few longer.</summary>
    private static int? CharacterWrap(List<RawLine> lines, bool margin)
    {
        // Counted in an array by length: the most common length from 10 on (the longest of equally common ones), or none.
        var longest = 0;
        foreach (var l in lines) longest = Math.Max(longest, margin ? l.RawLength - l.IndentChars : l.RawLength);
        var histogram = new int[longest + 1];
        foreach (var l in lines) histogram[margin ? l.RawLength - l.IndentChars : l.RawLength]++;
        var (width, count) = (0, 0);
        for (var columns = 10; columns <= longest; columns++)
            if (histogram[columns] > 0 && histogram[columns] >= count) (width, count) = (columns, histogram[columns]);
        if (width == 0 || count < 5 || count * 100 < lines.Count * 30) return null;
        var longer = lines.Count(l => l.Text.Length > width);
        return longer * 100 <= lines.Count * 20 ? width : null;
    }

    /// <summary>A typeset column: most prose lines share a display width within a character either way.</summary>
    private static double? DisplayWrap(List<RawLine> lines)
    {
        // Counted in an array by width (one slot either side to spare), the widths kept in the order first met: the
        // best is the first of the most common, as a dictionary's keys gave it.
        var histogram = new int[MaxColumnWidth + 3];
        Span<int> met = stackalloc int[MaxColumnWidth + 1];
        var kinds = 0;
        foreach (var l in lines)
        {
            var w = (int)Math.Round(l.Width);
            if (w > MaxColumnWidth) continue;
            if (histogram[w + 1]++ == 0) met[kinds++] = w;
        }
        if (kinds == 0) return null;
        int Around(int w) => histogram[w] + histogram[w + 1] + histogram[w + 2];
        var best = met[0];
        for (var k = 1; k < kinds; k++)
        {
            var w = met[k];
            if (Around(w) > Around(best) || Around(w) == Around(best) && histogram[w + 1] > histogram[best + 1]) best = w;
        }
        return Around(best) * 10 >= lines.Count * 4 && best >= 8 ? best : null;
    }

    /// <summary>A typeset column is at most this wide; wider lines are not counted.</summary>
    private const int MaxColumnWidth = 60;

    /// <summary>Lines on each side of a line that say which column it is set in.</summary>
    private const int NarrowColumnReach = 3;

    /// <summary>For each line, the lines around it (up to <see cref="NarrowColumnReach"/> either side, not wider than the
    /// page's column): when most share a width within a character either way, clearly narrower than the page's, and
    /// several of them are prose (clause or sentence marks), the line is set in a narrower column of that width.</summary>
    private static Dictionary<int, double>? MeasureNarrowColumns(List<RawLine> lines, double wrap)
    {
        Dictionary<int, double>? result = null;
        var widths = new int[2 * NarrowColumnReach + 1];
        var prose = new bool[widths.Length];
        for (var i = 0; i < lines.Count; i++)
        {
            var n = 0;
            for (var j = Math.Max(0, i - NarrowColumnReach); j <= Math.Min(lines.Count - 1, i + NarrowColumnReach); j++)
            {
                var l = lines[j];
                if (l.Text.Length < MeasuredLength || l.Width > wrap + 2.5) continue;
                widths[n] = (int)Math.Round(l.Width);
                prose[n++] = HanText.CountCommas(l.Text) > 0 || l.Text.Contains('、') || HanText.ContainsSentenceEnd(l.Text);
            }
            var (best, count, proseCount) = (0, 0, 0);
            for (var a = 0; a < n; a++)
            {
                var (c, p) = (0, 0);
                for (var b = 0; b < n; b++)
                    if (Math.Abs(widths[b] - widths[a]) <= 1)
                    {
                        c++;
                        if (prose[b]) p++;
                    }
                if (c > count || c == count && widths[a] > best) (best, count, proseCount) = (widths[a], c, p);
            }
            if (count * 2 > n && count >= NarrowColumnReach + 1 && proseCount >= NarrowColumnReach && best <= wrap - 3)
                (result ??= [])[lines[i].Index] = best;
        }
        if (result is null) return null;
        // The column goes on to its first and last lines, where fewer of its lines are in reach: a neighbour no wider
        // than the column is set in it.
        for (var pass = 0; pass < 2; pass++)
        {
            double? column = null;
            for (var k = 0; k < lines.Count; k++)
            {
                var l = lines[pass == 0 ? k : lines.Count - 1 - k];
                if (result.TryGetValue(l.Index, out var c)) column = c;
                else if (column is { } open && l.Width <= open + 1.5) result[l.Index] = open;
                else column = null;
            }
        }
        // A line under one wider than the column ends that wider line's paragraph: it is not set in the column.
        for (var k = lines.Count - 1; k > 0; k--)
            if (result.TryGetValue(lines[k].Index, out var c) && lines[k - 1].Width > c + 1.5)
                result.Remove(lines[k].Index);
        return result;
    }

    /// <summary>The usual number of blank lines between paragraphs: 1, or more on pages that space paragraphs further apart.</summary>
    private static (int Unit, int Runs) MeasureBlankUnit(IReadOnlyList<RawLine> lines)
    {
        var runs = new Dictionary<int, int>();
        var run = 0;
        var seenText = false;
        foreach (var l in lines)
        {
            if (l.IsBlank)
            {
                run++;
                continue;
            }
            if (seenText && run > 0) runs[run] = runs.GetValueOrDefault(run) + 1;
            seenText = true;
            run = 0;
        }
        var total = runs.Values.Sum();
        if (total < 4) return (1, total);
        var (unit, count) = runs.Select(r => (r.Key, r.Value)).MaxBy(r => (r.Value, -r.Key));
        return (count * 2 >= total ? unit : 1, total);
    }
}
