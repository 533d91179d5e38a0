namespace NewsPortal.Core.Extraction;

/// <summary>
/// Names what a figure measures from its clause: the words before the number (规模以上工业产值), or when
/// nothing stands there, the noun after the unit (12支代表队 → 代表队).
/// </summary>
internal sealed class MeasureReader
{
    private const int MaxLength = 20;
    private readonly PhraseMatcher<bool> _trailing;
    private readonly PhraseMatcher<bool> _leading;

    public MeasureReader(FigureCues cues)
    {
        _trailing = new PhraseMatcher<bool>(cues.MeasureTrailingWords.Select(w => (w, true)));
        _leading = new PhraseMatcher<bool>(cues.MeasureLeadingWords.Select(w => (w, true)));
    }

    /// <summary>The measure of <paramref name="figure"/>, read no further back than <paramref name="floor"/> (the previous figure's end).</summary>
    public string? Read(ExtractionText article, FoundFigure figure, IReadOnlyList<(int Start, int End, string Value)> periods, int floor = 0)
    {
        var text = article.Text;
        var start = Math.Max(floor, article.ClauseStart(figure.Start));
        var listMark = text.LastIndexOf('、', Math.Max(0, figure.Start - 1));
        if (listMark >= start && listMark < figure.Start) start = listMark + 1;
        var end = figure.Start;
        // A period opening the clause (今年1—11月…) is not part of the measure.
        for (var k = PeriodFinder.LastEndingBefore(periods, end); k >= 0 && periods[k].End > start; k--)
        {
            if (periods[k].Start >= start && periods[k].Start <= start + 1)
            {
                start = periods[k].End;
                break;
            }
        }
        var changed = true;
        while (changed && end > start)
        {
            changed = false;
            if (_trailing.MatchEndingAt(text, end) is { } t && t.Start >= start) { end = t.Start; changed = true; }
            if (_leading.MatchAt(text, start) is { } l && l.End <= end) { start = l.End; changed = true; }
            while (start < end && !ClusterGazetteer.IsHan(text[start]) && !char.IsLetterOrDigit(text[start])) { start++; changed = true; }
        }
        if (end - start > MaxLength) start = end - MaxLength;
        if (end > start) return text[start..end].Trim();
        var noun = NounAfter(article, figure);
        return noun.Length > 0 ? noun : null;
    }

    /// <summary>The words right after a figure's unit up to the clause end (1.2万名养老护理员 → 养老护理员).</summary>
    public static string NounAfter(ExtractionText article, FoundFigure figure)
    {
        var text = article.Text;
        var after = figure.End;
        var stop = Math.Min(article.ClauseEnd(after), after + 8);
        var end = after;
        while (end < stop && ClusterGazetteer.IsHan(text[end]) && text[end] != '、') end++;
        return text[after..end];
    }
}
