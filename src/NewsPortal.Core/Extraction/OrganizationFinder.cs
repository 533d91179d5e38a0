namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds organisations: standing names (党中央, 市政府) and names that end in a known suffix
/// (…有限公司, …集团, …委员会, …局, …大学), grown leftwards until a stop word or punctuation so a name
/// never swallows its sentence. Short government suffixes (委, 局, 部) need a place or level to start them.
/// </summary>
internal sealed class OrganizationFinder
{
    private readonly OrganizationRules _rules;
    private readonly PhraseMatcher<bool> _standing;
    private readonly PhraseMatcher<OrganizationSuffix> _suffixes;
    private readonly PhraseMatcher<bool> _stopWords;
    private readonly PhraseMatcher<bool> _starts;
    // Cores that are a name only with a place before them (公司 alone is no company), looked up by span.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _generic;
    private readonly CharSet _badStarts;
    private readonly System.Buffers.SearchValues<string> _rejectInside;
    // Reject words by first character, paged like CharSet: most characters start none.
    private readonly string[]?[]?[] _rejectsByFirst = new string[]?[]?[256];
    private readonly int _longestReject;
    private readonly ScanReader _scanned;
    private readonly CharSet _leftStops;

    public OrganizationFinder(OrganizationRules rules, ReferenceList districts, SharedScan scan)
    {
        _rules = rules;
        _leftStops = new CharSet(rules.LeftStops);
        _standing = new PhraseMatcher<bool>(rules.StandingNames.Select(n => (n, true)));
        _suffixes = new PhraseMatcher<OrganizationSuffix>(rules.Suffixes
            .Concat(rules.VenueSuffixes.Select(v => new OrganizationSuffix(v, true, Venue: true))).Select(s => (s.Suffix, s)));
        _stopWords = new PhraseMatcher<bool>(rules.LeftStopWords.Select(w => (w, true)));
        _starts = new PhraseMatcher<bool>(rules.LeftStarts.Concat(rules.StandingNames)
            .Concat(districts.Items.SelectMany(d => (d.Aliases ?? []).Prepend(d.Name))).Select(w => (w, true)));
        _generic = new HashSet<string>(rules.GenericCores, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _badStarts = new CharSet(rules.BadStarts);
        _rejectInside = System.Buffers.SearchValues.Create([.. rules.RejectInside], StringComparison.Ordinal);
        foreach (var g in rules.RejectWords.GroupBy(w => w[0]))
        {
            var page = _rejectsByFirst[g.Key >> 8] ??= new string[]?[256];
            page[g.Key & 0xFF] = [.. g];
        }
        _longestReject = rules.RejectWords.Max(w => w.Length);
        _scanned = scan.Add(SharedScan.Starts(_standing).Concat(SharedScan.Starts(_suffixes)));
    }

    /// <summary>Organisation mentions; where names nest at one end, the longest.</summary>
    public IReadOnlyList<Mention> Find(string text, in ScanPositions marks)
    {
        var candidates = new List<Mention>();
        foreach (var i in marks.Of(_scanned))
        {
            if (_standing.MatchAt(text, i) is { } standing)
            {
                candidates.Add(new Mention(standing.Phrase, standing.Start, standing.End, standing.Phrase));
            }
            if (_suffixes.MatchAt(text, i) is { } suffix && !IsRejected(text, suffix.Start, suffix.End)
                && Grow(text, suffix) is { } name)
            {
                candidates.Add(name);
            }
        }
        // Keep the longest of names sharing an end (重庆长安汽车股份有限公司 over 长安汽车股份有限公司) and drop
        // one that merely starts a longer one ending later at the same start (集团 inside 集团有限公司).
        // Candidates come in start order, longest first at one start; only the last few kept can nest with
        // the next one, since no name is longer than MaxLength.
        var kept = new List<Mention>();
        // A stable sort by start, longest first: ties keep the order they were found in.
        var order = new int[candidates.Count];
        for (var n = 0; n < order.Length; n++) order[n] = n;
        Array.Sort(order, (a, b) =>
        {
            var x = candidates[a];
            var y = candidates[b];
            if (x.Start != y.Start) return x.Start.CompareTo(y.Start);
            var byLength = (y.End - y.Start).CompareTo(x.End - x.Start);
            return byLength != 0 ? byLength : a.CompareTo(b);
        });
        foreach (var n in order)
        {
            var c = candidates[n];
            var nested = false;
            for (var k = kept.Count - 1; k >= 0 && kept[k].Start >= c.Start - _rules.MaxLength; k--)
            {
                var o = kept[k];
                if (o.Start <= c.Start && c.End <= o.End && (o.Start == c.Start || o.End == c.End))
                {
                    nested = true;
                    break;
                }
                if (c.Start <= o.Start && o.End <= c.End && (o.Start == c.Start || o.End == c.End)) kept.RemoveAt(k);
            }
            if (!nested) kept.Add(c);
        }
        return WithAbbreviations(text, kept);
    }

    /// <summary>
    /// A name followed by (以下简称“川仪精密”) is printed short from then on; each short mention counts
    /// for the full name, with the short form as its printed alias.
    /// </summary>
    private List<Mention> WithAbbreviations(string text, List<Mention> names)
    {
        var result = new List<Mention>(names);
        var claimed = new SpanIndex(text.Length, names);
        foreach (var name in names)
        {
            var at = name.End;
            if (at >= text.Length || text[at] is not ('(' or '（')) continue;
            var close = text.AsSpan(at).IndexOfAny(')', '）');
            if (close >= 0) close += at;
            if (close < 0 || close - at > 24) continue;
            var inside = text[(at + 1)..close];
            var marker = _rules.AbbreviationMarkers.FirstOrDefault(m => inside.StartsWith(m, StringComparison.Ordinal));
            if (marker is null) continue;
            var alias = inside[marker.Length..].Trim().Trim('“', '”', '"', '「', '」', ' ');
            if (alias.Length < 2 || alias == name.Name) continue;
            for (var i = text.IndexOf(alias, close, StringComparison.Ordinal); i >= 0; i = text.IndexOf(alias, i + alias.Length, StringComparison.Ordinal))
            {
                if (!claimed.Touches(i, i + 1)) result.Add(new Mention(name.Name, i, i + alias.Length, alias, name.Business, name.Venue));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>True when a word such as 部署 or 常委 overlaps the suffix without lying inside it.</summary>
    private bool IsRejected(string text, int start, int end)
    {
        for (var s = Math.Max(0, start - _longestReject + 1); s < end; s++)
        {
            var first = text[s];
            if (_rejectsByFirst[first >> 8]?[first & 0xFF] is not { } words) continue;
            foreach (var word in words)
            {
                var contained = s >= start && s + word.Length <= end;
                if (!contained && s + word.Length > start && s + word.Length <= text.Length
                    && string.CompareOrdinal(text, s, word, 0, word.Length) == 0) return true;
            }
        }
        return false;
    }

    private Mention? Grow(string text, PhraseMatch<OrganizationSuffix> suffix)
    {
        var start = suffix.Start;
        var depth = 0;
        while (start > 0 && suffix.End - start < _rules.MaxLength)
        {
            var c = text[start - 1];
            if (_leftStops.Contains(c)) break;
            if (c is ')' or '）') depth++;
            else if (c is '(' or '（')
            {
                if (depth == 0) break;
                depth--;
            }
            if (_stopWords.MayEndAt(text, start) && _stopWords.MatchEndingAt(text, start) is not null) break;
            start--;
        }
        if (depth != 0) return null;
        // Prefer a known start (a place, a level such as 市 or 国家) when one opens the name.
        var length = suffix.End - start;
        if (length < _rules.MinLength || length <= suffix.Length) return null;
        var core = text.AsSpan(start, suffix.Start - start);
        if (_generic.Contains(core)) return null;
        if (NumberReader.IsDigit(core[0]) || _badStarts.Contains(core[0])
            || core.Length > 1 && NumberReader.StartsNumber(core[0]) && _badStarts.Contains(core[1])) return null;
        var venue = suffix.Value.Venue;
        if (_starts.MatchAt(text, start) is null)
        {
            if (suffix.Length == 1) return null;
            if (_rules.NeedKnownStart.Contains(suffix.Phrase)) venue = true;
        }
        if (venue && (core.ContainsAnyInRange('0', '9') || core.ContainsAnyInRange('０', '９'))) return null;
        if (core.ContainsAny(_rejectInside)) return null;
        foreach (var c in core)
        {
            if (!(ClusterGazetteer.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '·' or '-')) return null;
        }
        var name = text[start..suffix.End];
        return new Mention(name, start, suffix.End, name, suffix.Value.Business, venue);
    }
}

/// <summary>organizations.json.</summary>
internal sealed record OrganizationRules(
    IReadOnlyList<OrganizationSuffix> Suffixes,
    IReadOnlyList<string> StandingNames,
    IReadOnlyList<string> LeftStarts,
    string LeftStops,
    IReadOnlyList<string> LeftStopWords,
    IReadOnlyList<string> RejectWords,
    IReadOnlyList<string> GenericCores,
    IReadOnlyList<string> RejectInside,
    IReadOnlyList<string> AbbreviationMarkers,
    string BadStarts,
    IReadOnlyList<string> NeedKnownStart,
    IReadOnlyList<string> VenueSuffixes,
    int MinLength,
    int MaxLength)
{
    public static OrganizationRules Load() => DataFile.Read<OrganizationRules>("organizations.json");
}

internal sealed record OrganizationSuffix(string Suffix, bool Business, bool Venue = false);
