namespace NewsPortal.Core.Extraction;

/// <summary>
/// Which characters of a text lie inside some of a set of mentions, answered in time proportional to the
/// span asked about, so finders can skip what another finder claimed without comparing every pair.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int _textLength;
    private bool[]? _coveredArray;
    private readonly List<(int, int)> _spans = [];
    private HashSet<(int, int)>? _exact;

    public SpanIndex(int textLength, IEnumerable<Mention> mentions)
    {
        _textLength = textLength;
        foreach (var m in mentions) _spans.Add((m.Start, m.End));
    }

    // Built on the first question: many indexes are never asked anything.
    private bool[] _covered => _coveredArray ??= Cover();

    private bool[] Cover()
    {
        var covered = new bool[_textLength + 1];
        foreach (var (start, end) in _spans)
        {
            for (var i = Math.Max(0, start); i < Math.Min(end, _textLength); i++) covered[i] = true;
        }
        return covered;
    }

    /// <summary>True when every character of [start, end) is covered.</summary>
    public bool Covers(int start, int end)
    {
        if (start >= end || start < 0 || end > _textLength + 1 || _spans.Count == 0) return false;
        var covered = _covered;
        for (var i = start; i < end; i++)
        {
            if (!covered[i]) return false;
        }
        return true;
    }

    /// <summary>True when [start, end) lies inside a mention without being exactly one.</summary>
    public bool StrictlyInside(int start, int end) => Covers(start, end) && !(_exact ??= [.. _spans]).Contains((start, end));

    /// <summary>True when any character of [start, end) is covered.</summary>
    public bool Touches(int start, int end)
    {
        if (_spans.Count == 0) return false;
        var covered = _covered;
        for (var i = Math.Max(0, start); i < Math.Min(end, covered.Length); i++)
        {
            if (covered[i]) return true;
        }
        return false;
    }
}
