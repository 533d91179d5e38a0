namespace NewsPortal.Core.Extraction;

/// <summary>
/// Says whom a figure is about. Candidates are the districts, places, regions and organisations named in the
/// article, and words such as 全市 for the municipality, except where they stand as an object or a yardstick
/// (向重庆, 占全市). The first candidate of the figure's clause, then of its sentence, wins (Chinese puts the topic
/// first), else the latest one in its paragraph, else the latest one before it.
/// </summary>
internal sealed class SubjectResolver
{
    // Municipal words, their masks, regions and back-references in one table, so the text is scanned once.
    private readonly PhraseMatcher<SubjectWord> _words;
    private readonly PhraseMatcher<bool> _objectMarkers;
    private readonly HashSet<string> _excluded;
    private readonly PhraseMatcher<bool> _excludedBefore;

    private readonly string[] _backReferenceTargets;
    private readonly ScanReader _scanned;

    public SubjectResolver(FigureCues cues, ReferenceList regions, SharedScan scan)
    {
        _backReferenceTargets = [.. cues.BackReferences.Where(b => !b.ToDistrict).Select(b => b.RefersTo).Distinct()];
        _words = new PhraseMatcher<SubjectWord>(
            cues.MunicipalMasks.Select(w => (w, new SubjectWord("", null)))
                .Concat(cues.MunicipalWords.Select(w => (w, new SubjectWord(cues.MunicipalName, null))))
                .Concat(regions.Items.SelectMany(r => (r.Aliases ?? []).Prepend(r.Name).Select(a => (a, new SubjectWord(a, null)))))
                .Concat(cues.BackReferences.Select(b => (b.Word, new SubjectWord("", b)))));
        _objectMarkers = new PhraseMatcher<bool>(cues.ObjectMarkers.Select(w => (w, true)));
        _excluded = [.. cues.SubjectExcluded];
        _excludedBefore = new PhraseMatcher<bool>(cues.SubjectExcluded.Select(w => (w, true)).Append(("(", true)).Append(("（", true)));
        _scanned = scan.Add(SharedScan.Starts(_words));
    }

    /// <summary>Subject candidates of one article, in text order; places win over an organisation named after them.</summary>
    public IReadOnlyList<Mention> Candidates(string text, in ScanPositions marks, IReadOnlyList<Mention> places, IReadOnlyList<Mention> organizations)
    {
        var placeIndex = new SpanIndex(text.Length, places);
        var all = new List<Mention>(places);
        all.AddRange(organizations.Where(o => !_excluded.Contains(o.Name) && (o.Venue || !placeIndex.Touches(o.Start, o.End))));
        var claimed = new SpanIndex(text.Length, all.Concat(organizations));
        var starts = all.Select(a => a.Start).ToHashSet();
        var words = _words.FindAll(text, marks.Of(_scanned));
        foreach (var m in words)
        {
            // 重庆 printed before a place (重庆江北机场) names where the place is, not what the figure is about.
            if (m.Value.Name.Length == 0 || claimed.Touches(m.Start, m.End) || starts.Contains(m.End)) continue;
            all.Add(new Mention(m.Value.Name, m.Start, m.End, m.Phrase));
        }
        // Objects (向重庆), datelines (新华社北京) and places in brackets (绿源(重庆)) are not what a figure is about.
        all.RemoveAll(m => _objectMarkers.MatchEndingAt(text, m.Start) is not null || _excludedBefore.MatchEndingAt(text, m.Start) is not null);
        all.Sort(ByPosition);
        return WithBackReferences(text, all, places, words);
    }

    private static int ByPosition(Mention a, Mention b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    /// <summary>全区 stands for the district last named, 园区 for the park last named, and so on.</summary>
    private List<Mention> WithBackReferences(string text, List<Mention> named, IReadOnlyList<Mention> places, List<PhraseMatch<SubjectWord>> words)
    {
        var result = new List<Mention>(named);
        if (!words.Exists(w => w.Value.BackReference is not null))
        {
            result.Sort(ByPosition);
            return result;
        }
        var claimed = new SpanIndex(text.Length, named);
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        var byEnd = named.OrderBy(n => n.End).ToList();
        int nextNamed = 0, nextPlace = 0;
        foreach (var word in words)
        {
            if (word.Value.BackReference is not { } reference) continue;
            var m = new PhraseMatch<BackReference>(word.Start, word.Length, word.Phrase, reference);
            for (; nextNamed < byEnd.Count && byEnd[nextNamed].End <= m.Start; nextNamed++)
            {
                var n = byEnd[nextNamed];
                foreach (var suffix in _backReferenceTargets)
                {
                    if (n.Name.EndsWith(suffix, StringComparison.Ordinal)) last[suffix] = n.Name;
                }
            }
            for (; nextPlace < places.Count && places[nextPlace].End <= m.Start; nextPlace++)
            {
                if (places[nextPlace].Name.Length > 0) last[""] = places[nextPlace].Name;
            }
            if (claimed.Covers(m.Start, m.End)) continue;
            if (last.TryGetValue(m.Value.ToDistrict ? "" : m.Value.RefersTo, out var name)) result.Add(new Mention(name, m.Start, m.End, m.Phrase));
        }
        result.Sort(ByPosition);
        return result;
    }

    public string? For(ExtractionText article, IReadOnlyList<Mention> candidates, FoundFigure figure)
    {
        var clause = article.ClauseStart(figure.Start);
        var sentence = article.SentenceStart(figure.Start);
        var paragraph = article.ParagraphStart(figure.Start);
        // Walk back from the figure: the paragraph's candidates, then at most a few more for the latest one before it.
        var k = UpperBound(candidates, figure.Start) - 1;
        Mention? inClause = null, inSentence = null, inParagraph = null, earlier = null;
        for (var steps = 0; k >= 0 && steps < MaxLookBack; k--, steps++)
        {
            var c = candidates[k];
            if (c.End > figure.Start) continue;
            // A venue printed right before the number is what is counted (援建项目1770个), not who counts it.
            if (c.Venue && figure.Start - c.End <= 1) continue;
            earlier ??= c;
            if (c.Start < paragraph) break;
            inParagraph ??= c;
            if (c.Start >= sentence) inSentence = c;
            if (c.Start >= clause) inClause = c;
        }
        var chosen = inClause ?? inSentence ?? inParagraph ?? earlier ?? (candidates.Count > 0 ? candidates[0] : null);
        return chosen?.Name;
    }

    private const int MaxLookBack = 200;

    /// <summary>Index of the first candidate starting at or after <paramref name="position"/>.</summary>
    private static int UpperBound(IReadOnlyList<Mention> candidates, int position)
    {
        int lo = 0, hi = candidates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (candidates[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

/// <summary>A word a figure's subject may be printed as: a name (empty for a mask) or a back-reference.</summary>
internal sealed record SubjectWord(string Name, BackReference? BackReference);
