namespace NewsPortal.Core.Extraction;

/// <summary>Finds industries as printed (材料产业, 生产性服务业) by their ending, grown leftwards to a stop.</summary>
internal sealed class IndustryFinder
{
    private readonly IndustryRules _rules;
    private readonly PhraseMatcher<bool> _suffixes;
    private readonly PhraseMatcher<bool> _stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _generic;
    private readonly ScanReader _scanned;
    private readonly CharSet _leftStops;

    public IndustryFinder(IndustryRules rules, SharedScan scan)
    {
        _rules = rules;
        _leftStops = new CharSet(rules.LeftStops);
        _suffixes = new PhraseMatcher<bool>(rules.Suffixes.Select(s => (s, true)));
        _stopWords = new PhraseMatcher<bool>(rules.LeftStopWords.Select(s => (s, true)));
        _generic = new HashSet<string>(rules.GenericCores, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _scanned = scan.Add(SharedScan.Starts(_suffixes));
    }

    public IReadOnlyList<Mention> Find(string text, in ScanPositions marks)
    {
        var found = new List<Mention>();
        var next = 0;
        foreach (var i in marks.Of(_scanned))
        {
            if (i < next || _suffixes.MatchAt(text, i) is not { } suffix) continue;
            var start = suffix.Start;
            while (start > 0 && suffix.Start - start < _rules.MaxCoreLength && ClusterGazetteer.IsHan(text[start - 1])
                   && !_leftStops.Contains(text[start - 1]) && !(_stopWords.MayEndAt(text, start) && _stopWords.MatchEndingAt(text, start) is not null))
            {
                start--;
            }
            var core = text.AsSpan(start, suffix.Start - start);
            var generic = _generic.Contains(core);
            if (core.Length >= _rules.MinCoreLength && !generic)
            {
                var name = text[start..suffix.End];
                found.Add(new Mention(name, start, suffix.End, name));
            }
            next = suffix.End;
        }
        return found;
    }
}

/// <summary>industries.json.</summary>
internal sealed record IndustryRules(
    IReadOnlyList<string> Suffixes,
    string LeftStops,
    IReadOnlyList<string> LeftStopWords,
    IReadOnlyList<string> GenericCores,
    int MinCoreLength,
    int MaxCoreLength)
{
    public static IndustryRules Load() => DataFile.Read<IndustryRules>("industries.json");
}
