namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds Chongqing's districts by canonical name, alias, an implying place (江北机场 → 渝北区), or a short
/// form that is also a common word when a context word stands beside it. Names inside a company's name do not count.
/// </summary>
internal sealed class DistrictGazetteer
{
    private readonly PhraseMatcher<string> _names;
    private readonly PhraseMatcher<ContextualShortForm> _shortForms;
    private readonly ScanReader _scanned;

    public DistrictGazetteer(ReferenceList districts, PlaceTable places, SharedScan scan)
    {
        var names = districts.Items.SelectMany(d => (d.Aliases ?? []).Prepend(d.Name).Select(a => (a, d.Name)))
            .Concat(places.Places.Select(p => (p.Name, p.District ?? "")))
            .Concat(places.MaskPhrases.Select(m => (m, "")));
        _names = new PhraseMatcher<string>(names);
        _shortForms = new PhraseMatcher<ContextualShortForm>(places.ContextualShortForms.Select(f => (f.Form, f)));
        _scanned = scan.Add(SharedScan.Starts(_names).Concat(SharedScan.Starts(_shortForms)));
    }

    /// <summary>Every district mention, places included (Printed keeps the place as written).</summary>
    public IReadOnlyList<Mention> Find(string text, in ScanPositions marks, IReadOnlyList<Mention> businessNames)
    {
        var found = new List<Mention>();
        var business = new SpanIndex(text.Length, businessNames);
        // Leftmost longest: a position inside the last name found is not looked up.
        var next = 0;
        foreach (var i in marks.Of(_scanned))
        {
            if (i < next) continue;
            if (_names.MatchAt(text, i) is { } m)
            {
                if (m.Value.Length > 0 && !business.StrictlyInside(m.Start, m.End)) found.Add(new Mention(m.Value, m.Start, m.End, m.Phrase));
                next = m.End;
                continue;
            }
            if (_shortForms.MatchAt(text, i) is { } s && HasContext(text, s))
            {
                if (!business.StrictlyInside(s.Start, s.End)) found.Add(new Mention(s.Value.District, s.Start, s.End, s.Phrase));
                next = s.End;
            }
        }
        return found;
    }

    private static bool HasContext(string text, PhraseMatch<ContextualShortForm> m) =>
        m.Value.After.Any(a => string.CompareOrdinal(text, m.End, a, 0, a.Length) == 0 && m.End + a.Length <= text.Length)
        || m.Value.Before.Any(b => m.Start >= b.Length && string.CompareOrdinal(text, m.Start - b.Length, b, 0, b.Length) == 0);
}
