using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>What a figure measures, its qualifiers apart, and the noun a later 增长/占比/…率 belongs to.</summary>
internal readonly record struct MeasureReading(string? Measure, string? Qualifier, string? Owner);

/// <summary>A figure already read in the same sentence, for lists that share one measure and for owners.</summary>
internal readonly record struct ListedFigure(int End, string BaseUnit, string? Measure, string? Owner);

/// <summary>
/// Names what a figure measures from its clause: the noun phrase before the number (X达/为/实现 N, X N), the
/// noun the number counts (12支代表队 → 代表队数), the noun after 的 (面积近15万平方米的总装车间 → 总装车间面积), the
/// owner of a growth or share from the figure before it (增长7.3% → 规模以上工业产值增长), or the measure of the list
/// it continues. Qualifiers (近, 预计, 以上) are kept apart; a measure that cannot be told is empty, never a fragment.
/// </summary>
internal sealed class MeasureReader
{
    private readonly MeasureRules _rules;
    private readonly PhraseMatcher<bool> _trailing;
    private readonly PhraseMatcher<bool> _qualifiers;
    private readonly PhraseMatcher<bool> _leading;
    private readonly PhraseMatcher<bool> _inner;
    private readonly PhraseMatcher<bool> _subjects;
    private readonly PhraseMatcher<bool> _objectVerbs;
    private readonly PhraseMatcher<bool> _keptVerbs;
    private readonly PhraseMatcher<bool> _nounStops;
    private readonly PhraseMatcher<bool> _conjunctions;
    private readonly PhraseMatcher<bool> _qualifiersAfter;
    private readonly HashSet<string> _ownedExact;
    private readonly CharSet _boundaries;
    private readonly CharSet _badEndings;
    private readonly CharSet _badStarts;
    private readonly CharSet _locatives;

    public MeasureReader(MeasureRules rules)
    {
        _rules = rules;
        _trailing = Matcher(rules.TriggerVerbs);
        _qualifiers = Matcher(rules.Qualifiers);
        _leading = Matcher(rules.LeadingWords.Concat(rules.TriggerVerbs));
        _inner = Matcher(rules.InnerVerbs);
        _subjects = Matcher(rules.SubjectWords);
        _objectVerbs = Matcher(rules.ObjectVerbs);
        _keptVerbs = Matcher(rules.KeptVerbs);
        _nounStops = Matcher(rules.NounStops);
        _conjunctions = Matcher(rules.Conjunctions);
        _qualifiersAfter = Matcher(rules.QualifiersAfter);
        _ownedExact = [.. rules.OwnedExact];
        _boundaries = new CharSet(rules.Boundaries);
        _badEndings = new CharSet(rules.BadEndings);
        _badStarts = new CharSet(rules.BadStarts);
        _locatives = new CharSet(rules.Locatives);
    }

    private static PhraseMatcher<bool> Matcher(IEnumerable<string> words) => new(words.Select(w => (w, true)));

    /// <summary>
    /// The measure of <paramref name="figure"/>; <paramref name="previous"/> is the figure before it in its sentence,
    /// <paramref name="subjects"/> the subject candidates in text order (a subject opening the clause is not the measure).
    /// </summary>
    public MeasureReading Read(ExtractionText article, FoundFigure figure, IReadOnlyList<(int Start, int End, string Value)> periods,
        IReadOnlyList<Mention> subjects, ListedFigure? previous)
    {
        var text = article.Text;
        var qualifiers = new List<string>(2);
        SpanQualifiers(text, figure, qualifiers);

        var start = article.ClauseStart(figure.Start);
        if (previous is { } p && p.End > start) start = p.End;
        for (var i = figure.Start - 1; i >= start; i--)
        {
            if (_boundaries.Contains(text[i])) { start = i + 1; break; }
        }
        var end = figure.Start;
        // A period before the measure (今年1—11月, 围绕2027年) is not part of it.
        for (var k = PeriodFinder.LastEndingBefore(periods, end); k >= 0 && periods[k].End > start; k--)
        {
            if (periods[k].Start >= start) { start = periods[k].End; break; }
        }
        // X的Y: Y is what is measured (允成科技的估值, 智算中心的规划AI算力).
        var of = text.LastIndexOf('的', Math.Max(0, end - 1), Math.Max(0, end - start));
        if (of >= start && end - of > 2) start = of + 1;
        (start, end) = Trim(text, start, end, subjects, qualifiers);

        var unitSuffix = SuffixFor(figure);
        var after = NounFrom(article, figure.End);
        var bare = text[start..end];
        string? measure = null, owner = null;

        if (after.Length > 0 && _keptVerbs.MatchEndingAt(text, end) is not null)
        {
            owner = bare + after;
            measure = owner;
        }
        else if (after.Length > 0 && (unitSuffix == "数" || IsBad(bare) || _objectVerbs.MatchEndingAt(text, end) is not null))
        {
            owner = after;
            measure = WithSuffix(after, unitSuffix);
        }
        else if (!IsBad(bare) && _objectVerbs.MatchEndingAt(text, end) is null)
        {
            if (IsOwned(bare) && previous?.Owner is { Length: > 0 } o)
            {
                owner = o;
                measure = o + bare;
            }
            else if (figure.End < text.Length && text[figure.End] == '的' && EndsWithBareMeasure(bare) is { } bareMeasure
                     && NounFrom(article, figure.End + 1) is { Length: >= 2 } described)
            {
                owner = described;
                measure = described + bareMeasure;
            }
            else if (after.Length > 0 && figure.UnitKind == FigureKind.Percent && previous?.Owner == bare)
            {
                // 村党组织 100%按期换届: the share of the noun before that did what follows.
                owner = bare;
                measure = bare + after;
            }
            else
            {
                owner = bare;
                measure = WithSuffix(NamedMeasure(bare, figure), unitSuffix);
            }
        }
        else if (bare.Length == 0 && previous is { Measure: { } listed } && previous.Value.BaseUnit == figure.BaseUnit)
        {
            // 规划AI算力1000P，已建成400P: the second figure continues the first one's measure.
            owner = previous.Value.Owner;
            measure = listed;
        }
        else
        {
            measure = _rules.UnitMeasures.FirstOrDefault(u => u.Unit == figure.BaseUnit)?.Measure;
        }

        return new MeasureReading(Clean(measure), qualifiers.Count == 0 ? null : string.Concat(qualifiers.Distinct()), Clean(owner));
    }

    /// <summary>Qualifiers printed in the span itself: 近3000名, 30余个, 100项以上.</summary>
    private void SpanQualifiers(string text, FoundFigure figure, List<string> into)
    {
        var before = text.AsSpan(figure.Start, figure.NumberStart - figure.Start).Trim();
        if (before.Length > 0) into.Add(before.ToString());
        for (var i = figure.NumberEnd; i < figure.End; i++)
        {
            if (_qualifiersAfter.MatchAt(text, i) is { } q && q.End <= figure.End)
            {
                into.Add(q.Phrase);
                i = q.End - 1;
            }
        }
    }

    /// <summary>Takes subjects, openers, verbs and qualifiers off both ends of [start, end) until nothing changes.</summary>
    private (int Start, int End) Trim(string text, int start, int end, IReadOnlyList<Mention> subjects, List<string> qualifiers)
    {
        var changed = true;
        while (changed && end > start)
        {
            changed = false;
            while (end > start && char.IsWhiteSpace(text[end - 1])) { end--; changed = true; }
            while (start < end && !ClusterGazetteer.IsHan(text[start]) && !char.IsLetterOrDigit(text[start])) { start++; changed = true; }
            if (end <= start) break;
            if (_qualifiers.MatchEndingAt(text, end) is { } q && q.Start >= start)
            {
                qualifiers.Insert(0, q.Phrase);
                end = q.Start;
                changed = true;
            }
            else if (_trailing.MatchEndingAt(text, end) is { } t && t.Start >= start) { end = t.Start; changed = true; }
            if (end <= start) break;
            if (_qualifiers.MatchAt(text, start) is { } lq && lq.End <= end && lq.End - lq.Start >= 2)
            {
                qualifiers.Add(lq.Phrase);
                start = lq.End;
                changed = true;
            }
            else if (_leading.MatchAt(text, start) is { } l && l.End <= end - 2) { start = l.End; changed = true; }
            else if (_subjects.MatchAt(text, start) is { } s && s.End < end) { start = s.End; changed = true; }
            else if (SubjectAt(subjects, start, end) is { } subjectEnd) { start = subjectEnd; changed = true; }
        }
        // X实现Y → XY (传感器及仪器仪表产业实现产值 → 传感器及仪器仪表产业产值) happens in Clean via the inner verbs.
        return (start, Math.Max(start, end));
    }

    /// <summary>The end of a subject candidate that opens [start, end) and leaves something after it.</summary>
    private static int? SubjectAt(IReadOnlyList<Mention> subjects, int start, int end)
    {
        int lo = 0, hi = subjects.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (subjects[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        int? best = null;
        for (var i = lo; i < subjects.Count && subjects[i].Start == start; i++)
        {
            if (subjects[i].End < end && subjects[i].End > (best ?? 0)) best = subjects[i].End;
        }
        return best;
    }

    /// <summary>The noun phrase from <paramref name="from"/> to a verb, a function word or a mark (1.2万名养老护理员 → 养老护理员).</summary>
    private string NounFrom(ExtractionText article, int from)
    {
        var text = article.Text;
        var stop = Math.Min(article.ClauseEnd(from), from + _rules.MaxLength);
        var end = from;
        while (end < stop)
        {
            var c = text[end];
            if (c is '（' or '(' && end > from)
            {
                var close = text.IndexOfAny(['）', ')'], end, Math.Min(8, stop - end));
                if (close > end + 1) { end = close + 1; continue; }
                break;
            }
            if (!ClusterGazetteer.IsHan(c) || _boundaries.Contains(c)) break;
            if (_conjunctions.MatchAt(text, end) is { } conj)
            {
                // 厂房及孵化楼 is one noun; 旅客和1750余件行李 are two figures.
                if (end > from && conj.End < stop && ClusterGazetteer.IsHan(text[conj.End]) && !IsNumeral(text[conj.End])) { end = conj.End; continue; }
                break;
            }
            if (_nounStops.MatchAt(text, end) is not null) break;
            end++;
        }
        while (end - from > 2 && _locatives.Contains(text[end - 1])) end--;
        var noun = text[from..end];
        return noun.Length >= 2 ? noun : "";
    }

    /// <summary>The words right after a figure's unit up to the clause end, as repeats are compared by (1.2万名养老护理员 → 养老护理员).</summary>
    public static string NounAfter(ExtractionText article, FoundFigure figure)
    {
        var text = article.Text;
        var after = figure.End;
        var stop = Math.Min(article.ClauseEnd(after), after + 8);
        var end = after;
        while (end < stop && ClusterGazetteer.IsHan(text[end]) && text[end] != '、') end++;
        return text[after..end];
    }

    private static bool IsNumeral(char c) => "一二两三四五六七八九十百千万亿".Contains(c);

    private string? SuffixFor(FoundFigure figure)
    {
        foreach (var s in _rules.UnitSuffixes)
        {
            if (s.Unit == figure.BaseUnit) return s.Suffix;
        }
        foreach (var s in _rules.UnitSuffixes)
        {
            if (s.Kind == "count" && figure.UnitKind == FigureKind.Count && !figure.IsRate) return s.Suffix;
        }
        return null;
    }

    private string NamedMeasure(string noun, FoundFigure figure)
    {
        foreach (var n in _rules.NamesNeedingMeasure)
        {
            if (noun.EndsWith(n.Ending, StringComparison.Ordinal) && string.Equals(n.Kind, figure.UnitKind.ToString(), StringComparison.OrdinalIgnoreCase)) return noun + n.Measure;
        }
        return noun;
    }

    private string WithSuffix(string noun, string? suffix)
    {
        if (suffix is null || noun.Length == 0) return noun;
        foreach (var already in _rules.SuffixAlready)
        {
            if (noun.EndsWith(already, StringComparison.Ordinal)) return noun;
        }
        foreach (var word in _rules.SuffixNotWith)
        {
            if (noun.Contains(word, StringComparison.Ordinal)) return noun;
        }
        return noun + suffix;
    }

    private bool IsBad(string measure) =>
        measure.Length < 2 || _badEndings.Contains(measure[^1]) || _badStarts.Contains(measure[0])
        || _leading.MatchAt(measure, 0)?.End == measure.Length || _qualifiers.MatchAt(measure, 0)?.End == measure.Length
        || _objectVerbs.MatchAt(measure, 0)?.End == measure.Length;

    private bool IsOwned(string measure)
    {
        if (_ownedExact.Contains(measure)) return true;
        foreach (var prefix in _rules.OwnedPrefixes)
        {
            if (measure.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        if (measure.Length > _rules.OwnedShortLength) return false;
        foreach (var ending in _rules.OwnedShortEndings)
        {
            if (measure.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private string? EndsWithBareMeasure(string measure)
    {
        foreach (var bare in _rules.BareMeasures)
        {
            if (measure.EndsWith(bare, StringComparison.Ordinal) && measure.Length - bare.Length <= 1) return bare;
        }
        return null;
    }

    /// <summary>Full forms for short ones, inner verbs out, and nothing that ends in a function word or a mark.</summary>
    private string? Clean(string? measure)
    {
        if (string.IsNullOrWhiteSpace(measure)) return null;
        measure = measure.Trim();
        foreach (var alias in _rules.Aliases) measure = measure.Replace(alias.Printed, alias.Canonical, StringComparison.Ordinal);
        for (var i = 1; i < measure.Length - 1; i++)
        {
            if (_inner.MatchAt(measure, i) is { } verb && verb.End < measure.Length - 1)
            {
                measure = string.Concat(measure.AsSpan(0, i), measure.AsSpan(verb.End));
                break;
            }
        }
        while (measure.Length > 0 && _badEndings.Contains(measure[^1])) measure = measure[..^1];
        while (measure.Length > 0 && _badStarts.Contains(measure[0])) measure = measure[1..];
        if (measure.Length < 2 || measure.Length > _rules.MaxLength) return null;
        return measure;
    }
}
