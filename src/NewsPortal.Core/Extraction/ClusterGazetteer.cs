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

    public ClusterGazetteer(ReferenceList clusters, ClusterContext context)
    {
        _names = new PhraseMatcher<string>(clusters.Items.SelectMany(c => (c.Aliases ?? []).Prepend(c.Name).Select(a => (a, c.Name))));
        _clusterWords = new PhraseMatcher<bool>(context.ClusterWords.Select(w => (w, true)));
        _homePrefixes = new PhraseMatcher<bool>(context.HomePrefixes.Select(w => (w, true)));
    }

    public IReadOnlyList<Mention> Find(ArticleText article, IReadOnlyList<Mention> organizations)
    {
        var text = article.Text;
        var found = new List<Mention>();
        foreach (var m in _names.FindAll(text))
        {
            if (Overlaps(organizations, m.Start, m.End)) continue;
            if (IsWholeQuote(article, m)) continue;
            if (IsOtherRegionsCluster(text, m)) continue;
            found.Add(new Mention(m.Value, m.Start, m.End, m.Phrase));
        }
        return found;
    }

    private static bool Overlaps(IReadOnlyList<Mention> spans, int start, int end) => spans.Any(s => s.Start < end && start < s.End);

    private static bool IsWholeQuote(ArticleText article, PhraseMatch<string> m) =>
        article.QuoteRanges.Any(q => q.Start == m.Start && q.End == m.End);

    private bool IsOtherRegionsCluster(string text, PhraseMatch<string> m)
    {
        if (_clusterWords.MatchAt(text, m.End) is null) return false;
        if (m.Start == 0 || !IsHan(text[m.Start - 1])) return false;
        return _homePrefixes.MatchEndingAt(text, m.Start) is null;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}

/// <summary>cluster-context.json.</summary>
internal sealed record ClusterContext(IReadOnlyList<string> ClusterWords, IReadOnlyList<string> HomePrefixes)
{
    public static ClusterContext Load() => DataFile.Read<ClusterContext>("cluster-context.json");
}
