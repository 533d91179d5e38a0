namespace NewsPortal.Core.Extraction;

/// <summary>An industry as printed, where, and the canonical vocabulary entry it stands for (if any).</summary>
internal readonly record struct IndustryMention(string Printed, string? Canonical, int Start, int End);

/// <summary>
/// Finds industries as printed (材料产业, 生产性服务业, “33618”现代制造业集群, 低空经济 in a list) by their suffix or as
/// vocabulary aliases in an industry's context; see industries.json for the rules.
/// </summary>
internal sealed class IndustryFinder
{
    private readonly IndustryRules _rules;
    private readonly IndustryVocabulary _vocabulary;
    private readonly PhraseMatcher<bool> _suffixes;
    private readonly PhraseMatcher<bool> _tails;
    private readonly PhraseMatcher<bool> _stopWords;
    private readonly PhraseMatcher<bool> _lexicon;
    private readonly PhraseMatcher<bool> _modifiers;
    private readonly PhraseMatcher<bool> _context;
    private readonly HashSet<string> _clusterNames;
    private readonly CharSet _leftStops;
    private readonly CharSet _closingFollowers;
    private readonly HashSet<string> _closing;
    private readonly ScanReader _scanned;

    public IndustryFinder(IndustryRules rules, IndustryVocabulary vocabulary, ReferenceList clusters, SharedScan scan)
    {
        _rules = rules;
        _vocabulary = vocabulary;
        _leftStops = new CharSet(rules.LeftStops);
        _closingFollowers = new CharSet(rules.ClosingFollowers);
        _closing = [.. rules.SuffixesClosingPhrase];
        _suffixes = Matcher(rules.Suffixes);
        _tails = Matcher(rules.Tails);
        _stopWords = Matcher(rules.LeftStopWords);
        _modifiers = Matcher(rules.Modifiers);
        _context = Matcher(rules.ContextBefore);
        _lexicon = Matcher(vocabulary.Entries.SelectMany(e => e.Aliases).Concat(rules.Modifiers).Concat(rules.Heads).Distinct());
        _clusterNames = [.. clusters.Items.Select(c => c.Name)];
        _scanned = scan.Add(SharedScan.Starts(_suffixes).Concat(SharedScan.Starts(vocabulary.Aliases)).Distinct());
    }

    private static PhraseMatcher<bool> Matcher(IEnumerable<string> words) => new(words.Distinct().Select(w => (w, true)));

    public IReadOnlyList<IndustryMention> Find(string text, in ScanPositions marks, IReadOnlyList<Mention> organizations)
    {
        var spans = new List<(int Start, int End)>();
        var positions = marks.Of(_scanned);
        var next = 0;
        foreach (var i in positions)
        {
            if (i < next || _suffixes.MatchAt(text, i) is not { } suffix) continue;
            next = suffix.End;
            if (BySuffix(text, suffix) is { } span) spans.Add(span);
        }
        var taken = new SpanIndex(text.Length, spans.Select(s => new Mention("", s.Start, s.End, "")).Concat(organizations).ToList());
        next = 0;
        foreach (var i in positions)
        {
            if (i < next || _vocabulary.Aliases.MatchAt(text, i) is not { } alias) continue;
            next = alias.End;
            if (taken.Touches(alias.Start, alias.End)) continue;
            if (AsAlias(text, alias.Start, alias.End) is { } span) spans.Add(span);
        }
        return Mentions(text, spans);
    }

    /// <summary>A name ending in a suffix at <paramref name="suffix"/>, grown leftwards; null when it is no industry.</summary>
    private (int Start, int End)? BySuffix(string text, PhraseMatch<bool> suffix)
    {
        var (at, end) = (suffix.Start, suffix.End);
        if (end < text.Length && _rules.NotAfterSuffix.Contains(text[end])) return null;
        // 工业 names an industry only closing its phrase (原材料工业，), not in 工业园区 or 工业投资.
        if (_closing.Contains(suffix.Phrase) && end < text.Length && ClusterGazetteer.IsHan(text[end]) && !_closingFollowers.Contains(text[end])) return null;
        if (_tails.MatchAt(text, end) is { } tail && !(suffix.Phrase.EndsWith("集群", StringComparison.Ordinal) && tail.Phrase.StartsWith("集群", StringComparison.Ordinal))) end = tail.End;

        var start = at;
        while (start > 0 && at - start < _rules.MaxCoreLength && ClusterGazetteer.IsHan(text[start - 1]) && !_leftStops.Contains(text[start - 1])
               && !(_stopWords.MayEndAt(text, start) && _stopWords.MatchEndingAt(text, start) is not null))
        {
            // 传感器及仪器仪表 is one name: 及 joins it when a known word stands before it.
            if (_rules.CoreConjunctions.Contains(text[start - 1]) && _lexicon.MatchEndingAt(text, start - 1) is null) break;
            start--;
        }
        // A core holding another industry (新兴产业未来产业) starts after it.
        var inner = text.AsSpan(start, at - start).LastIndexOf(_rules.InnerSuffix, StringComparison.Ordinal);
        if (inner >= 0) start += inner + _rules.InnerSuffix.Length;
        var first = -1;
        for (var k = start; k < at; k++)
        {
            if (_lexicon.MatchAt(text, k) is not null) { first = k; break; }
        }
        if (first < 0) return null;
        start = first;
        var coreEnd = at;
        foreach (var trailing in _rules.CoreTrailingWords)
        {
            if (text.AsSpan(start, coreEnd - start).EndsWith(trailing, StringComparison.Ordinal)) coreEnd -= trailing.Length;
        }
        var core = text.AsSpan(start, coreEnd - start);
        if (core.IsEmpty || core[^1] == '业') return null;
        // 现代化产业体系 is a policy, not an industry; 文化产业 is one.
        if (core[^1] == _rules.NotAfterSuffix[0] && _lexicon.MatchEndingAt(text, coreEnd) is null) return null;
        var quoted = QuotedCodeBefore(text, start);
        var baseName = text[start..suffix.End];
        if (OnlyModifiers(text, start, coreEnd) && quoted is null && !_vocabulary.IsAlias(baseName) && !_vocabulary.IsAlias(StripTail(baseName))) return null;
        return (quoted ?? start, coreEnd == at ? end : coreEnd);
    }

    private static string StripTail(string name) => name.EndsWith("集群", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>“33618”, “2+4+1”: a quoted code printed right before a name belongs to it.</summary>
    private int? QuotedCodeBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != '”') return null;
        var open = text.LastIndexOf('“', start - 2, Math.Min(start - 1, _rules.QuotedCodeMaxLength + 1));
        if (open < 0 || open + 1 >= start - 1) return null;
        for (var k = open + 1; k < start - 1; k++)
        {
            if (!char.IsAsciiLetterOrDigit(text[k]) && text[k] is not ('+' or '＋')) return null;
        }
        return open;
    }

    private bool OnlyModifiers(string text, int start, int end)
    {
        var k = start;
        while (k < end)
        {
            if (_modifiers.MatchAt(text, k) is not { } m || m.End > end) return false;
            k = m.End;
        }
        return true;
    }

    /// <summary>An alias printed without a suffix counts in a list or after a development verb, modifiers (前沿, 新型) included.</summary>
    private (int Start, int End)? AsAlias(string text, int start, int end)
    {
        if (_modifiers.MatchEndingAt(text, start) is { } modifier) start = modifier.Start;
        if (end - start <= _rules.ShortAliasLength) return null;
        if (_clusterNames.Contains(text[start..end])) return null;
        var inList = (start > 0 && _rules.ListMarks.Contains(text[start - 1])) || (end < text.Length && _rules.ListMarks.Contains(text[end]))
                     || _rules.ListEnds.Any(w => text.AsSpan(end).StartsWith(w, StringComparison.Ordinal));
        if (!inList && _context.MatchEndingAt(text, start) is null) return null;
        return (start, end);
    }

    /// <summary>Distinct names in text order; a cluster's own name and a name printed inside a longer one found here are left out.</summary>
    private List<IndustryMention> Mentions(string text, List<(int Start, int End)> spans)
    {
        spans.Sort();
        var names = new List<(string Name, int Start, int End)>(spans.Count);
        foreach (var (s, e) in spans)
        {
            var name = text[s..e];
            if (!_clusterNames.Contains(name)) names.Add((name, s, e));
        }
        var result = new List<IndustryMention>(names.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, s, e) in names)
        {
            if (!seen.Add(name)) continue;
            if (names.Any(o => o.Name.Length > name.Length && o.Name.Contains(name, StringComparison.Ordinal))) continue;
            result.Add(new IndustryMention(name, _vocabulary.CanonicalOf(name), s, e));
        }
        return result;
    }
}

/// <summary>industries.json.</summary>
internal sealed record IndustryRules(
    IReadOnlyList<string> Suffixes,
    IReadOnlyList<string> Tails,
    string NotAfterSuffix,
    IReadOnlyList<string> SuffixesClosingPhrase,
    string ClosingFollowers,
    string LeftStops,
    IReadOnlyList<string> LeftStopWords,
    IReadOnlyList<string> Modifiers,
    IReadOnlyList<string> Heads,
    IReadOnlyList<string> ContextBefore,
    int ShortAliasLength,
    string ListMarks,
    IReadOnlyList<string> ListEnds,
    int MaxCoreLength,
    string CoreConjunctions,
    IReadOnlyList<string> CoreTrailingWords,
    string InnerSuffix,
    int QuotedCodeMaxLength)
{
    public static IndustryRules Load() => DataFile.Read<IndustryRules>("industries.json");
}
