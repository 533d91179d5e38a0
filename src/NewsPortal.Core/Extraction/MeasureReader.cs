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

    public string? Read(ArticleText article, FoundFigure figure, IReadOnlyList<(int Start, int End, string Value)> periods)
    {
        var text = article.Text;
        var start = article.ClauseStart(figure.Start);
        var end = figure.Start;
        foreach (var (ps, pe, _) in periods)
        {
            if (ps >= start && pe <= end && ps <= start + 1) start = pe;
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
        var after = figure.End;
        var stop = article.ClauseEnd(after);
        var noun = text[after..Math.Min(stop, after + 8)].Trim();
        return noun.Length > 0 ? noun : null;
    }
}
