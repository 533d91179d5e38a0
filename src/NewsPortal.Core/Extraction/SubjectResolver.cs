namespace NewsPortal.Core.Extraction;

/// <summary>
/// Says whom a figure is about: the nearest district, place or organisation named before it in its sentence,
/// else in its paragraph, else earlier in the article; 全市 and the like mean the municipality.
/// </summary>
internal sealed class SubjectResolver
{
    private readonly PhraseMatcher<bool> _municipal;
    private readonly string _municipalName;

    public SubjectResolver(FigureCues cues)
    {
        _municipal = new PhraseMatcher<bool>(cues.MunicipalWords.Select(w => (w, true)));
        _municipalName = cues.MunicipalName;
    }

    /// <summary>Subject candidates of one article, in text order.</summary>
    public IReadOnlyList<Mention> Candidates(string text, IEnumerable<Mention> named)
    {
        var all = named.ToList();
        foreach (var m in _municipal.FindAll(text))
        {
            if (!all.Any(a => a.Start <= m.Start && m.End <= a.End)) all.Add(new Mention(_municipalName, m.Start, m.End, m.Phrase));
        }
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return all;
    }

    public string? For(ArticleText article, IReadOnlyList<Mention> candidates, FoundFigure figure)
    {
        var sentence = article.SentenceStart(figure.Start);
        var paragraph = article.ParagraphStart(figure.Start);
        Mention? inSentence = null, inParagraph = null, earlier = null;
        foreach (var c in candidates)
        {
            if (c.End > figure.Start) break;
            earlier = c;
            if (c.Start >= paragraph) inParagraph = c;
            if (c.Start >= sentence) inSentence = c;
        }
        var chosen = inSentence ?? inParagraph ?? earlier ?? (candidates.Count > 0 ? candidates[0] : null);
        return chosen?.Name;
    }
}
