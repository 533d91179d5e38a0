namespace NewsPortal.Core.Extraction;

/// <summary>
/// Says whom a figure is about. Candidates are the districts, places, regions and organisations named in the
/// article, and words such as 全市 for the municipality, except where they stand as an object or a yardstick
/// (向重庆, 占全市). The first candidate of the figure's clause, then of its sentence, wins (Chinese puts the topic
/// first), else the latest one in its paragraph, else the latest one before it.
/// </summary>
internal sealed class SubjectResolver
{
    private readonly PhraseMatcher<string> _municipal;
    private readonly PhraseMatcher<string> _regions;
    private readonly PhraseMatcher<bool> _objectMarkers;
    private readonly HashSet<string> _excluded;
    private readonly PhraseMatcher<bool> _excludedBefore;

    public SubjectResolver(FigureCues cues, ReferenceList regions)
    {
        _municipal = new PhraseMatcher<string>(cues.MunicipalWords.Select(w => (w, cues.MunicipalName))
            .Concat(cues.MunicipalMasks.Select(w => (w, ""))));
        _regions = new PhraseMatcher<string>(regions.Items.SelectMany(r => (r.Aliases ?? []).Prepend(r.Name).Select(a => (a, a))));
        _objectMarkers = new PhraseMatcher<bool>(cues.ObjectMarkers.Select(w => (w, true)));
        _excluded = [.. cues.SubjectExcluded];
        _excludedBefore = new PhraseMatcher<bool>(cues.SubjectExcluded.Select(w => (w, true)).Append(("(", true)).Append(("（", true)));
    }

    /// <summary>Subject candidates of one article, in text order; places win over an organisation named after them.</summary>
    public IReadOnlyList<Mention> Candidates(string text, IReadOnlyList<Mention> places, IReadOnlyList<Mention> organizations)
    {
        var all = new List<Mention>(places);
        all.AddRange(organizations.Where(o => !_excluded.Contains(o.Name) && !places.Any(p => o.Start <= p.Start && p.End <= o.End)));
        foreach (var m in _municipal.FindAll(text).Concat(_regions.FindAll(text)))
        {
            if (m.Value.Length == 0 || all.Concat(organizations).Any(a => a.Start < m.End && m.Start < a.End)) continue;
            // 重庆 printed before a place (重庆江北机场) names where the place is, not what the figure is about.
            if (all.Any(a => a.Start == m.End)) continue;
            all.Add(new Mention(m.Value, m.Start, m.End, m.Phrase));
        }
        // Objects (向重庆), datelines (新华社北京) and places in brackets (绿源(重庆)) are not what a figure is about.
        all.RemoveAll(m => _objectMarkers.MatchEndingAt(text, m.Start) is not null || _excludedBefore.MatchEndingAt(text, m.Start) is not null);
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return all;
    }

    public string? For(ArticleText article, IReadOnlyList<Mention> candidates, FoundFigure figure)
    {
        var clause = article.ClauseStart(figure.Start);
        var sentence = article.SentenceStart(figure.Start);
        var paragraph = article.ParagraphStart(figure.Start);
        Mention? inClause = null, inSentence = null, inParagraph = null, earlier = null;
        foreach (var c in candidates)
        {
            if (c.End > figure.Start) break;
            // A venue printed right before the number is what is counted (援建项目1770个), not who counts it.
            if (c.Venue && figure.Start - c.End <= 1) continue;
            earlier = c;
            if (c.Start >= paragraph) inParagraph = c;
            if (c.Start >= sentence && inSentence is null) inSentence = c;
            if (c.Start >= clause && inClause is null) inClause = c;
        }
        var chosen = inClause ?? inSentence ?? inParagraph ?? earlier ?? (candidates.Count > 0 ? candidates[0] : null);
        return chosen?.Name;
    }
}
