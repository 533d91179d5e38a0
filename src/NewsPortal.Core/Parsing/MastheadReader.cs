using System.Globalization;

namespace NewsPortal.Core.Parsing;

/// <summary>What a page's masthead line says: the paper, the publication date and the page number, and which physical
/// lines it took.</summary>
internal sealed record Masthead(string? Paper, DateOnly? Date, int? Page, IReadOnlyList<int> LineIndexes);

/// <summary>
/// Reads the masthead a dump keeps at the top or the foot of a page ("重庆日报 2025年3月12日 星期三 第3版"): a short line
/// among the page's first or last few lines, with no sentence mark, that gives a full date and says it is a paper's
/// (a paper's name, a weekday or a page number). A line that is only the paper's name or only the page's number,
/// printed right beside such a line, is part of it. Without such a line the page says nothing about its edition and
/// nothing is read (the edition date is then inferred from the text, the paper from its datelines).
/// </summary>
internal sealed class MastheadReader(ParsingKnowledge knowledge)
{
    public Masthead? Read(IReadOnlyList<RawLine> lines)
    {
        var edges = EdgeLines(lines);
        var dated = edges.Where(IsDatedMasthead).ToList();
        if (dated.Count == 0) return null;
        var taken = new SortedSet<int>(dated.Select(l => l.Index));
        foreach (var line in edges)
            if (!taken.Contains(line.Index) && IsMastheadPart(line) && dated.Any(d => Adjacent(lines, d, line)))
                taken.Add(line.Index);
        string? paper = null;
        DateOnly? date = null;
        int? page = null;
        foreach (var line in taken.Select(i => lines[i]))
        {
            paper ??= knowledge.MastheadPaper.Match(line.Text) is { Success: true } p ? p.Groups["paper"].Value : null;
            date ??= DateOf(line.Text);
            page ??= knowledge.MastheadPage.Match(line.Text) is { Success: true } n ? Number(n.Groups["page"].Value) : null;
        }
        return new Masthead(paper, date, page, [.. taken]);
    }

    /// <summary>The page's first and last <c>mastheadEdgeLines</c> lines with text.</summary>
    private List<RawLine> EdgeLines(IReadOnlyList<RawLine> lines)
    {
        // Read from both ends only: every page is asked, and its middle never holds the masthead.
        var count = knowledge.MastheadEdgeLines;
        var edges = new List<RawLine>(2 * count);
        var from = 0;
        for (; from < lines.Count && edges.Count < count; from++)
            if (!lines[from].IsBlank) edges.Add(lines[from]);
        var last = new List<RawLine>(count);
        for (var i = lines.Count - 1; i >= from && last.Count < count; i--)
            if (!lines[i].IsBlank) last.Add(lines[i]);
        last.Reverse();
        edges.AddRange(last);
        return edges;
    }

    private bool IsShortDisplayLine(RawLine line) =>
        HanText.ContentLength(line.Text) <= knowledge.MastheadMaxLetters && line.Text.IndexOfAny(SentenceMarks) < 0;

    private static readonly char[] SentenceMarks = ['。', '，', '；', '！', '？', ',', ';'];

    private bool IsDatedMasthead(RawLine line) =>
        IsShortDisplayLine(line) && DateOf(line.Text) is not null
        && (knowledge.MastheadPaper.IsMatch(line.Text) || knowledge.MastheadPage.IsMatch(line.Text) || knowledge.MastheadWeekday.IsMatch(line.Text));

    /// <summary>A line that is only a paper's name or only a page's number and label.</summary>
    private bool IsMastheadPart(RawLine line) =>
        IsShortDisplayLine(line)
        && (knowledge.MastheadPaper.Match(line.Text) is { Success: true } p && p.Value.Length == line.Text.Trim().Length
            || knowledge.MastheadPageLine.IsMatch(line.Text.Trim()));

    /// <summary>No line with text between the two.</summary>
    private static bool Adjacent(IReadOnlyList<RawLine> lines, RawLine a, RawLine b)
    {
        var (from, to) = a.Index < b.Index ? (a.Index, b.Index) : (b.Index, a.Index);
        for (var i = from + 1; i < to; i++)
            if (!lines[i].IsBlank) return false;
        return true;
    }

    private DateOnly? DateOf(string text)
    {
        if (knowledge.MastheadDate.Match(text) is not { Success: true } m) return null;
        int? y = Number(m.Groups["y"].Value), mo = Number(m.Groups["m"].Value), d = Number(m.Groups["d"].Value);
        if (y is null || mo is null || d is null || mo is < 1 or > 12 || y < 1 || d < 1 || d > DateTime.DaysInMonth(y.Value, mo.Value)) return null;
        return new DateOnly(y.Value, mo.Value, d.Value);
    }

    /// <summary>Digits, ASCII or full-width.</summary>
    private static int? Number(string digits)
    {
        var ascii = string.Concat(digits.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));
        return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
