namespace NewsPortal.Core.Extraction;

/// <summary>
/// Which characters of a text lie inside some of a set of mentions, answered by binary search over the covered
/// stretches (overlapping and touching mentions merged), so finders can skip what another finder claimed
/// without comparing every pair or allocating a flag per character.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int _textLength;
    private readonly List<(int, int)> _spans = [];
    private List<(int Start, int End)>? _stretches;
    private HashSet<(int, int)>? _exact;

    public SpanIndex(int textLength, IEnumerable<Mention> mentions)
    {
        _textLength = textLength;
        foreach (var m in mentions) _spans.Add((m.Start, m.End));
    }

    // Built on the first question: many indexes are never asked anything.
    private List<(int Start, int End)> Stretches => _stretches ??= Merge();

    /// <summary>The covered characters as ordered, disjoint, non-touching stretches inside the text.</summary>
    private List<(int Start, int End)> Merge()
    {
        var clipped = new List<(int Start, int End)>(_spans.Count);
        foreach (var (start, end) in _spans)
        {
            var (s, e) = (Math.Max(0, start), Math.Min(end, _textLength));
            if (s < e) clipped.Add((s, e));
        }
        clipped.Sort();
        var merged = new List<(int Start, int End)>(clipped.Count);
        foreach (var (s, e) in clipped)
        {
            if (merged.Count > 0 && s <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            else merged.Add((s, e));
        }
        return merged;
    }

    /// <summary>Index of the last stretch starting at or before <paramref name="position"/>, or -1.</summary>
    private static int LastStartingAtOrBefore(List<(int Start, int End)> stretches, int position)
    {
        int lo = 0, hi = stretches.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (stretches[mid].Start <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    /// <summary>True when every character of [start, end) is covered.</summary>
    public bool Covers(int start, int end)
    {
        if (start >= end || start < 0 || end > _textLength + 1 || _spans.Count == 0) return false;
        var stretches = Stretches;
        var k = LastStartingAtOrBefore(stretches, start);
        return k >= 0 && end <= stretches[k].End;
    }

    /// <summary>True when [start, end) lies inside a mention without being exactly one.</summary>
    public bool StrictlyInside(int start, int end) => Covers(start, end) && !(_exact ??= [.. _spans]).Contains((start, end));

    /// <summary>True when any character of [start, end) is covered.</summary>
    public bool Touches(int start, int end)
    {
        if (_spans.Count == 0) return false;
        var (from, to) = (Math.Max(0, start), Math.Min(end, _textLength + 1));
        if (from >= to) return false;
        var stretches = Stretches;
        // The stretch holding `from`, else the first one after it.
        var k = LastStartingAtOrBefore(stretches, from);
        if (k >= 0 && stretches[k].End > from) return true;
        return k + 1 < stretches.Count && stretches[k + 1].Start < to;
    }
}
