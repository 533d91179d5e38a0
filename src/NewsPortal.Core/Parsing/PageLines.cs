namespace NewsPortal.Core.Parsing;

/// <summary>One line of the page: its span in the page text and its content with outer whitespace removed.</summary>
internal sealed record PageLine(int Index, int Start, int Length, string Text, bool Indented, bool MarkedHeading = false)
{
    public bool IsBlank => Text.Length == 0;
    public double Width { get; } = HanText.Width(Text);
}

/// <summary>The lines of a page and, when the dump hard-wrapped its columns, the column width in characters.</summary>
internal sealed record PageLines(IReadOnlyList<PageLine> Lines, double? WrapWidth);

/// <summary>Splits the page text into lines and detects hard wrapping (most prose lines the same width).</summary>
internal sealed class LineSplitter
{
    public PageLines Split(string text)
    {
        var lines = new List<PageLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var raw = text.AsSpan(start, end - start);
            var indented = raw.Length > 0 && char.IsWhiteSpace(raw[0]) && !raw.Trim().IsEmpty;
            var content = raw.Trim().ToString();
            var heading = content.StartsWith("## ", StringComparison.Ordinal);
            if (heading) content = content[3..].TrimStart();
            lines.Add(new PageLine(lines.Count, start, end - start, content, indented, heading));
            if (end == text.Length) break;
            start = end + 1;
        }
        return new PageLines(lines, WrapWidth(lines));
    }

    /// <summary>The width most prose lines share, when at least 40% of them share it; null for unwrapped dumps.</summary>
    private static double? WrapWidth(IReadOnlyList<PageLine> lines)
    {
        var widths = lines.Where(l => l.Text.Length >= 6).Select(l => (int)Math.Round(l.Width)).ToList();
        if (widths.Count < 8) return null;
        var histogram = widths.Where(w => w <= 60).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        if (histogram.Count == 0) return null;
        var best = histogram.Keys.MaxBy(w => histogram.GetValueOrDefault(w - 1) + histogram[w] + histogram.GetValueOrDefault(w + 1));
        var share = (double)(histogram.GetValueOrDefault(best - 1) + histogram[best] + histogram.GetValueOrDefault(best + 1)) / widths.Count;
        return share >= 0.4 && best >= 8 ? best : null;
    }
}
