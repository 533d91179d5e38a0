using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>One paragraph, or display lines printed together (a headline over two lines, a list), with the blank
/// lines around it counted in the page's own unit. Its lines are logical lines: hard wraps are already undone.</summary>
internal sealed class Block(int index, IReadOnlyList<PageLine> lines, int blankBefore, double? wrapWidth, bool blankSeparated = true)
{
    public int Index { get; } = index;
    public IReadOnlyList<PageLine> Lines { get; } = lines;
    public int BlankBefore { get; } = blankBefore;
    public int BlankAfter { get; set; }
    public double? WrapWidth { get; } = wrapWidth;
    /// <summary>True when the page prints blank lines between its paragraphs (so lines printed together belong together).</summary>
    public bool BlankSeparated { get; } = blankSeparated;

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
    public bool IsFullWidth(PageLine line) => WrapWidth is { } w && line.Width is var width && width >= w - 2 && width <= w + 2.5;

    /// <summary>True when the last line ran to the column edge without ending a sentence: the paragraph goes on elsewhere.</summary>
    public bool RunsToColumnEdge => Last.Cut;

    /// <summary>One paragraph a logical line, with the spans of page text it was read from.</summary>
    public IReadOnlyList<Paragraph> Paragraphs() => Lines.Select(l => new Paragraph(l.Text, l.Spans)).ToArray();

    public override string ToString() => $"#{Index}@{First.Index}: {Text}";
}
