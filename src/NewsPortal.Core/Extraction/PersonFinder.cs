namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds people by the cues newspapers print beside a name: a title before it (市委书记袁家军), a word after it
/// (陈一清表示, 习近平总书记), a speaker mark opening a paragraph (王志杰：), and lists that continue a found
/// name (王炯、程丽华、张轩). A name starts with a family name from people.json.
/// </summary>
internal sealed class PersonFinder
{
    private readonly PhraseMatcher<bool> _titles;
    private readonly PhraseMatcher<bool> _cuesAfter;
    private readonly PhraseMatcher<bool> _unboundedCues;
    private readonly PhraseMatcher<bool> _compoundSurnames;
    private readonly PhraseMatcher<bool> _foreign;
    private readonly CharSet _surnames;
    private readonly CharSet _notNameChars;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;
    private readonly CharSet _speakerMarks;
    private readonly CharSet _listSeparators;
    // Where a foreign name, a title, a family name or a compound family name starts: nothing else starts a name.
    private readonly ScanReader _scanned;

    public PersonFinder(PersonRules rules, SharedScan scan)
    {
        _titles = new PhraseMatcher<bool>(rules.TitlesBefore.Select(t => (t, true)));
        _cuesAfter = new PhraseMatcher<bool>(rules.CuesAfter.Select(t => (t, true)));
        _unboundedCues = new PhraseMatcher<bool>(rules.UnboundedCuesAfter.Select(t => (t, true)));
        _compoundSurnames = new PhraseMatcher<bool>(rules.CompoundSurnames.Select(t => (t, true)));
        _foreign = new PhraseMatcher<bool>(rules.ForeignNames.Select(t => (t, true)));
        _surnames = new CharSet(rules.Surnames);
        _notNameChars = new CharSet(rules.NotNameChars);
        _notNames = new HashSet<string>(rules.NotNames, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _speakerMarks = new CharSet(string.Concat(rules.SpeakerMarks));
        _listSeparators = new CharSet(string.Concat(rules.ListSeparators));
        _scanned = scan.Add(SharedScan.Starts(_foreign).Concat(SharedScan.Starts(_titles)).Concat(rules.Surnames).Concat(SharedScan.Starts(_compoundSurnames)));
    }

    /// <summary>Mentions of people, reporters and anything inside an organisation's name left out.</summary>
    public IReadOnlyList<Mention> Find(string text, in ScanPositions marks, IReadOnlyCollection<string> reporters, IReadOnlyList<Mention> organizations)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in marks.Of(_scanned))
        {
            if (_foreign.MatchAt(text, i) is { } foreign) names.Add(foreign.Phrase);
            if (_titles.MatchAt(text, i) is { } title)
            {
                var at = title.End;
                while (at < text.Length && text[at] is ' ' or '　') at++;
                if (NameAt(text, at) is { } name)
                {
                    names.Add(name);
                    AddList(text, at + name.Length, names);
                }
            }
            if (!_surnames.Contains(text[i]) && _compoundSurnames.MatchAt(text, i) is null) continue;
            // Only where a cue can apply is a name read at all: this loop runs over every character.
            var lineStart = IsLineStart(text, i);
            var boundary = IsBoundary(text, i);
            var unbounded = i + 3 < text.Length && _unboundedCues.MatchAt(text, i + 3) is not null;
            if (!lineStart && !boundary && !unbounded) continue;
            if (NameAt(text, i) is not { } candidate) continue;
            if (lineStart && i + candidate.Length < text.Length && _speakerMarks.Contains(text[i + candidate.Length])) names.Add(candidate);
            if (boundary && IsStrongCueAt(text, i + candidate.Length) || unbounded && candidate.Length == 3)
            {
                names.Add(candidate);
                AddList(text, i + candidate.Length, names);
            }
        }
        AddLeadingLists(text, names);
        names.ExceptWith(reporters);
        return Occurrences(text, names, organizations);
    }

    /// <summary>A name of two or three characters starting at <paramref name="at"/>, or null.</summary>
    private string? NameAt(string text, int at)
    {
        if (at >= text.Length) return null;
        var surname = _compoundSurnames.MatchAt(text, at) is { } compound ? compound.Length
            : _surnames.Contains(text[at]) ? 1 : 0;
        if (surname == 0) return null;
        var given = 0;
        while (given < 2 && at + surname + given < text.Length)
        {
            var c = text[at + surname + given];
            if (!ClusterGazetteer.IsHan(c) || _notNameChars.Contains(c)) break;
            // 王先生, 李女士: a form of address, not a given name.
            if (given == 0 && _cuesAfter.MatchAt(text, at + surname) is { Length: > 1 }) break;
            // A cue word starting here ends the name (李霞出席), unless a cue follows it (张可为出席).
            var third = at + surname + given;
            if (given == 1 && _cuesAfter.MatchAt(text, third) is { } cue
                && (cue.Length > 1 || !(third + 1 >= text.Length || !ClusterGazetteer.IsHan(text[third + 1]) || IsStrongCueAt(text, third + 1)))) break;
            given++;
        }
        if (given == 0) return null;
        var name = text.AsSpan(at, surname + given);
        return _notNames.Contains(name) || _notNames.Contains(name[..2]) ? null : name.ToString();
    }

    /// <summary>True when a name may end just before <paramref name="at"/>: punctuation, a cue, or the end.</summary>
    private bool EndsHere(string text, int at) =>
        at >= text.Length || !ClusterGazetteer.IsHan(text[at]) || _cuesAfter.MatchAt(text, at) is not null;

    private bool IsStrongCueAt(string text, int at) =>
        _cuesAfter.MatchAt(text, at) is { } cue && cue.Length >= 2 && cue.Phrase is not ("代表" or "在讲话中" or "在会上");

    private static bool IsLineStart(string text, int i) => i == 0 || text[i - 1] == '\n';

    private bool IsBoundary(string text, int i) =>
        i == 0 || text[i - 1] is '\n' or '，' or ',' or '。' or '；' or '、' or ' ' or '　' or '：' or '“' or '（' or '(';

    /// <summary>Names that follow a found one, separated by 、 or spaces (市领导王炯、程丽华、张轩).</summary>
    private void AddList(string text, int at, HashSet<string> names)
    {
        while (at < text.Length && _listSeparators.Contains(text[at]))
        {
            var next = at + 1;
            while (next < text.Length && text[next] is ' ' or '　') next++;
            if (NameAt(text, next) is not { } name || !EndsHere(text, next + name.Length) && !_listSeparators.Contains(text[Math.Min(next + name.Length, text.Length - 1)])) return;
            names.Add(name);
            at = next + name.Length;
        }
    }

    /// <summary>A list that opens a sentence and contains a known name (胡衡华、王炯、程丽华…出席).</summary>
    private void AddLeadingLists(string text, HashSet<string> names)
    {
        foreach (var known in names.ToList())
        {
            for (var at = text.IndexOf(known, StringComparison.Ordinal); at >= 0; at = text.IndexOf(known, at + known.Length, StringComparison.Ordinal))
            {
                AddList(text, at + known.Length, names);
            }
        }
    }

    private static List<Mention> Occurrences(string text, HashSet<string> names, IReadOnlyList<Mention> organizations)
    {
        var found = new List<Mention>();
        var claimed = new SpanIndex(text.Length, organizations);
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (!claimed.Covers(at, at + name.Length)) found.Add(new Mention(name, at, at + name.Length, name));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}

/// <summary>people.json.</summary>
internal sealed record PersonRules(
    IReadOnlyList<string> TitlesBefore,
    IReadOnlyList<string> CuesAfter,
    IReadOnlyList<string> UnboundedCuesAfter,
    IReadOnlyList<string> SpeakerMarks,
    IReadOnlyList<string> ListSeparators,
    string Surnames,
    IReadOnlyList<string> CompoundSurnames,
    IReadOnlyList<string> ForeignNames,
    string NotNameChars,
    IReadOnlyList<string> NotNames)
{
    public static PersonRules Load() => DataFile.Read<PersonRules>("people.json");
}
