namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds the 33618 and national clusters by canonical name or alias (新能源汽车 → 智能网联新能源汽车),
/// skipping names inside an organisation's name, a quoted metaphor, or another region's cluster.
/// </summary>
internal sealed class ClusterGazetteer
{
    private readonly PhraseMatcher<string> _names;
    private readonly PhraseMatcher<bool> _clusterWords;
    private readonly PhraseMatcher<bool> _homePrefixes;

    private readonly PhraseMatcher<bool> _useMarkers;
    private readonly PhraseMatcher<bool> _prefixFollowers;
    private readonly PhraseMatcher<string> _contained;
    private readonly ScanReader _scanned;

    public ClusterGazetteer(ReferenceList clusters, ClusterContext context, SharedScan scan)
    {
        var forms = clusters.Items.SelectMany(c => (c.Aliases ?? []).Prepend(c.Name).Select(a => (Form: a, c.Name))).ToList();
        var prefixes = clusters.Items
            .SelectMany(c => Enumerable.Range(context.PrefixMinLength, Math.Max(0, c.Name.Length - context.PrefixMinLength))
                .Select(n => (Form: c.Name[..n], c.Name)))
            .Where(p => !forms.Any(f => f.Form.StartsWith(p.Form, StringComparison.Ordinal) && f.Name != p.Name))
            .Select(p => (p.Form, "\u0001" + p.Name));
        _names = new PhraseMatcher<string>(forms.Select(f => (f.Form, f.Name)).Concat(prefixes));
        _contained = new PhraseMatcher<string>(forms.Select(f => (f.Form, f.Name)));
        _useMarkers = new PhraseMatcher<bool>(context.UseMarkers.Select(w => (w, true)));
        _prefixFollowers = new PhraseMatcher<bool>(context.PrefixFollowers.Select(w => (w, true)));
        _clusterWords = new PhraseMatcher<bool>(context.ClusterWords.Select(w => (w, true)));
        _homePrefixes = new PhraseMatcher<bool>(context.HomePrefixes.Select(w => (w, true)));
        _scanned = scan.Add(SharedScan.Starts(_names));
    }

    public IReadOnlyList<Mention> Find(ExtractionText article, in ScanPositions marks, IReadOnlyList<Mention> organizations)
    {
        var text = article.Text;
        var found = new List<Mention>();
        var claimed = new SpanIndex(text.Length, organizations);
        foreach (var match in _names.FindAll(text, marks.Of(_scanned)))
        {
            var m = match;
            if (m.Value[0] == '\u0001')
            {
                // A canonical name cut short counts only where a list or sentence goes on after it.
                if (_prefixFollowers.MatchAt(text, m.End) is null) continue;
                m = m with { Value = m.Value[1..] };
            }
            if (claimed.Touches(m.Start, m.End)) continue;
            if (IsWholeQuote(article, m)) continue;
            if (IsOtherRegionsCluster(text, m)) continue;
            if (_useMarkers.LastBefore(text, article.ClauseStart(m.Start), m.Start) is not null) continue;
            found.Add(new Mention(m.Value, m.Start, m.End, m.Phrase));
            // 成渝地区生物医药集群 also speaks of 生物医药.
            for (var i = 1; i < m.Length; i++)
            {
                if (_contained.MatchAt(m.Phrase, i) is { } inner && inner.Value != m.Value) found.Add(new Mention(inner.Value, m.Start + i, m.Start + inner.End, inner.Phrase));
            }
        }
        return found;
    }

    private static bool IsWholeQuote(ExtractionText article, PhraseMatch<string> m) => article.IsWholeQuote(m.Start, m.End);

    private bool IsOtherRegionsCluster(string text, PhraseMatch<string> m)
    {
        if (_clusterWords.MatchAt(text, m.End) is null) return false;
        if (m.Start == 0 || !IsHan(text[m.Start - 1])) return false;
        return _homePrefixes.MatchEndingAt(text, m.Start) is null;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}

/// <summary>cluster-context.json.</summary>
internal sealed record ClusterContext(
    IReadOnlyList<string> ClusterWords,
    IReadOnlyList<string> HomePrefixes,
    IReadOnlyList<string> UseMarkers,
    int PrefixMinLength,
    IReadOnlyList<string> PrefixFollowers)
{
    public static ClusterContext Load() => DataFile.Read<ClusterContext>("cluster-context.json");
}
