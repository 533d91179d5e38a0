namespace NewsPortal.Core.Extraction;

/// <summary>
/// Which characters of a text lie inside some of a set of mentions, answered in time proportional to the
/// span asked about, so finders can skip what another finder claimed without comparing every pair.
/// </summary>
internal sealed class SpanIndex
{
    private readonly bool[] _covered;
    private readonly List<(int, int)> _spans = [];
    private HashSet<(int, int)>? _exact;

    public SpanIndex(int textLength, IEnumerable<Mention> mentions)
    {
        _covered = new bool[textLength + 1];
        foreach (var m in mentions)
        {
            _spans.Add((m.Start, m.End));
            for (var i = Math.Max(0, m.Start); i < Math.Min(m.End, textLength); i++) _covered[i] = true;
        }
    }

    /// <summary>True when every character of [start, end) is covered.</summary>
    public bool Covers(int start, int end)
    {
        if (start >= end || start < 0 || end > _covered.Length) return false;
        for (var i = start; i < end; i++)
        {
            if (!_covered[i]) return false;
        }
        return true;
    }

    /// <summary>True when [start, end) lies inside a mention without being exactly one.</summary>
    public bool StrictlyInside(int start, int end) => Covers(start, end) && !(_exact ??= [.. _spans]).Contains((start, end));

    /// <summary>True when any character of [start, end) is covered.</summary>
    public bool Touches(int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, _covered.Length); i++)
        {
            if (_covered[i]) return true;
        }
        return false;
    }
}
