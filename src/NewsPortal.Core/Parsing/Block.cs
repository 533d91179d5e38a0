using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>Lines printed together (no blank line between them), with the blank lines around them.</summary>
internal sealed class Block(int index, IReadOnlyList<PageLine> lines, int blankBefore, double? wrapWidth)
{
    public int Index { get; } = index;
    public IReadOnlyList<PageLine> Lines { get; } = lines;
    public int BlankBefore { get; } = blankBefore;
    public int BlankAfter { get; set; }
    public double? WrapWidth { get; } = wrapWidth;

    public PageLine First => Lines[0];
    public PageLine Last => Lines[^1];
    public bool Indented => First.Indented;
    public bool MarkedHeading => Lines.Any(l => l.MarkedHeading);

    /// <summary>The block's text with hard wraps undone (lines of a wrapped column joined without a separator).</summary>
    private string? _text;
    public string Text => _text ??= Lines.Count == 1 ? Lines[0].Text : string.Concat(Lines.Select(l => l.Text));

    /// <summary>Display lines, for headlines: kept apart.</summary>
    public IEnumerable<string> LineTexts => Lines.Select(l => l.Text);

    public bool EndsSentence => HanText.EndsSentence(Last.Text);

    /// <summary>True when the line reaches the column edge of a hard-wrapped dump (a wrapped line, not a short one).</summary>
    public bool IsFullWidth(PageLine line) => WrapWidth is { } w && line.Width >= w - 2 && line.Width <= w + 2.5;

    /// <summary>True when the last line runs to the column edge without ending a sentence: the paragraph goes on elsewhere.</summary>
    public bool RunsToColumnEdge => WrapWidth is { } w && Last.Width >= w - 1.5 && Last.Width <= w + 2.5 && !EndsSentence;

    public IReadOnlyList<Paragraph> Paragraphs()
    {
        var result = new List<Paragraph>();
        if (WrapWidth is not { } width)
        {
            foreach (var l in Lines) result.Add(new Paragraph(l.Text, [new TextSpan(l.Start, l.Length)]));
            return result;
        }
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        foreach (var l in Lines)
        {
            text.Append(l.Text);
            spans.Add(new TextSpan(l.Start, l.Length));
            // A line that stops short of the column edge ends its paragraph.
            if (l.Width < width - 1.5)
            {
                result.Add(new Paragraph(text.ToString(), spans.ToArray()));
                text.Clear();
                spans.Clear();
            }
        }
        if (text.Length > 0) result.Add(new Paragraph(text.ToString(), spans.ToArray()));
        return result;
    }

    public override string ToString() => $"#{Index}@{First.Index}: {Text}";
}
