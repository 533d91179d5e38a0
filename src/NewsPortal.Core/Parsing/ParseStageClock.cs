using System.Diagnostics;

namespace NewsPortal.Core.Parsing;

/// <summary>Time spent in each parser stage, summed over every page parsed with it (for `newsportal bench parse`).</summary>
public sealed class ParseStageClock
{
    private readonly Dictionary<string, long> _ticks = [];
    private readonly List<string> _order = [];
    private long _last;

    /// <summary>Each stage's total time, in pipeline order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Totals =>
        _order.Select(s => (s, Stopwatch.GetElapsedTime(0, _ticks[s]))).ToList();

    internal void Start() => _last = Stopwatch.GetTimestamp();

    internal void Lap(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_ticks.ContainsKey(stage)) _order.Add(stage);
        _ticks[stage] = _ticks.GetValueOrDefault(stage) + (now - _last);
        _last = now;
    }
}
