namespace NewsPortal.Core.Extraction;

/// <summary>
/// industry-vocabulary.json: canonical industries (GB/T 4754-2017 sections and manufacturing divisions, the
/// strategic emerging industry categories of 2018 and a few other national classifications) with the printed
/// forms that name them, and the industries each cluster of clusters.json belongs to.
/// </summary>
public sealed class IndustryVocabulary
{
    private static readonly Lazy<IndustryVocabulary> Shared = new(() => new IndustryVocabulary(DataFile.Read<VocabularyFile>("industry-vocabulary.json")));
    private readonly Dictionary<string, IndustryEntry> _byName;
    private readonly PhraseMatcher<IndustryEntry> _aliases;
    private readonly Dictionary<string, IReadOnlyList<string>> _byCluster;

    private IndustryVocabulary(VocabularyFile file)
    {
        Entries = file.Entries;
        _byName = file.Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        _aliases = new PhraseMatcher<IndustryEntry>(file.Entries.SelectMany(e => e.Aliases.Prepend(e.Name).Distinct().Select(a => (a, e))));
        _byCluster = file.Clusters.ToDictionary(c => c.Cluster, c => c.Industries, StringComparer.Ordinal);
    }

    /// <summary>The vocabulary embedded in the assembly.</summary>
    public static IndustryVocabulary Default => Shared.Value;

    public IReadOnlyList<IndustryEntry> Entries { get; }

    internal PhraseMatcher<IndustryEntry> Aliases => _aliases;

    public bool IsCanonical(string name) => _byName.ContainsKey(name);

    /// <summary>Whether a printed form is exactly one of the vocabulary's aliases.</summary>
    public bool IsAlias(string printed) => _aliases.MatchAt(printed, 0) is { } m && m.Length == printed.Length;

    public IndustryEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The industries a cluster (by canonical name) belongs to.</summary>
    public IReadOnlyList<string> IndustriesOfCluster(string cluster) => _byCluster.GetValueOrDefault(cluster) ?? [];

    /// <summary>The clusters that belong to an industry.</summary>
    public IReadOnlyList<string> ClustersOf(string industry) =>
        [.. _byCluster.Where(c => c.Value.Contains(industry)).Select(c => c.Key)];

    /// <summary>
    /// The canonical industry a printed name stands for: the entry of the longest alias printed inside it (the
    /// rightmost of equal length, as Chinese puts the head last), or null when it names none.
    /// </summary>
    public string? CanonicalOf(string printed)
    {
        PhraseMatch<IndustryEntry>? best = null;
        for (var i = 0; i < printed.Length; i++)
        {
            if (_aliases.MatchAt(printed, i) is { } m && (best is null || m.Length >= best.Value.Length)) best = m;
        }
        return best?.Value.Name;
    }

    private sealed record VocabularyFile(IReadOnlyList<IndustryEntry> Entries, IReadOnlyList<ClusterIndustries> Clusters);

    private sealed record ClusterIndustries(string Cluster, IReadOnlyList<string> Industries);
}

/// <summary>One canonical industry: its name, code in its classification, where it comes from, and its printed forms.</summary>
public sealed record IndustryEntry(string Name, string Code, string Source, IReadOnlyList<string> Aliases, string? Parent = null);
