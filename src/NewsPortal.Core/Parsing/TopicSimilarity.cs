namespace NewsPortal.Core.Parsing;

/// <summary>How much of a short text (a headline) is found in longer ones, by character bigrams weighted
/// against how many segments of the same page use them (common bigrams such as 重庆 or 发展 say little).</summary>
internal sealed class TopicSimilarity
{
    /// <summary>Only the opening of a long segment is compared: a lead restates its headline early.</summary>
    public const int MaxChars = 1000;

    private readonly BigramCounts _segmentFrequency;

    public TopicSimilarity(IEnumerable<Segment> segments)
    {
        var sets = segments.Select(s => s.Bigrams).ToList();
        _segmentFrequency = new BigramCounts(sets.Sum(s => s.Count));
        foreach (var set in sets) _segmentFrequency.AddAll(set);
    }

    /// <summary>Cosine of two bigram sets, each bigram weighted by how few segments of the page use it (0..1):
    /// unlike <see cref="Coverage(IReadOnlySet{int}, IReadOnlySet{int})"/> a long text is not more like everything.</summary>
    public double Cosine(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double shared = 0;
        // The sets' arrays, in the order they enumerate, and the bigram set's own test: no enumerator or interface call
        // for every bigram.
        var other = b as BigramSet;
        var bigrams = WeighedItemsOf(a, out var weights);
        for (var i = 0; i < bigrams.Length; i++)
        {
            var w = weights[i];
            if (other?.Contains(bigrams[i]) ?? b.Contains(bigrams[i])) shared += w * w;
        }
        double normA = NormOf(a), normB = NormOf(b);
        return normA == 0 || normB == 0 ? 0 : shared / Math.Sqrt(normA * normB);
    }

    /// <summary><see cref="Cosine"/> when it may reach <paramref name="floor"/>, else 0. The text's norm is at least the
    /// shared bigrams' weight, so the cosine is at most √(shared / probe's norm): below the floor, the long text's norm
    /// is not summed (a paragraph weighed against every article of the page shares little with most).</summary>
    public double CosineReaching(IReadOnlySet<int> probe, BigramSet text, double floor)
    {
        if (probe.Count == 0 || text.Count == 0) return 0;
        double shared = 0;
        var bigrams = WeighedItemsOf(probe, out var weights);
        for (var i = 0; i < bigrams.Length; i++)
        {
            var w = weights[i];
            if (text.Contains(bigrams[i])) shared += w * w;
        }
        double normProbe = NormOf(probe);
        // The bound is loosened by a hair for the rounding of the sums.
        if (normProbe == 0 || Math.Sqrt(shared / normProbe) * (1 + 1e-9) < floor) return 0;
        double normText = NormOf(text);
        return normText == 0 ? 0 : shared / Math.Sqrt(normProbe * normText);
    }

    /// <summary>Weighted share of the probe's bigrams found in the text (0..1), weighed as in <see cref="Cosine"/>.</summary>
    public double WeightedCoverage(IReadOnlySet<int> probe, IReadOnlySet<int> text) => WeightedCoverage(probe, text.Contains);

    /// <summary>Weighted share of the probe's bigrams the text holds, the text given as a membership test.</summary>
    public double WeightedCoverage(IReadOnlySet<int> probe, Func<int, bool> text)
    {
        double found = 0, total = 0;
        var bigrams = WeighedItemsOf(probe, out var weights);
        for (var i = 0; i < bigrams.Length; i++)
        {
            var w = weights[i];
            total += w;
            if (text(bigrams[i])) found += w;
        }
        return total == 0 ? 0 : found / total;
    }

    /// <summary>The set's bigrams in the order it enumerates them, with their term weights (a bigram set's own,
    /// looked up once a set).</summary>
    private static ReadOnlySpan<int> WeighedItemsOf(IReadOnlySet<int> set, out ReadOnlySpan<double> weights)
    {
        if (set is BigramSet bigrams)
        {
            weights = bigrams.Weights;
            return bigrams.Items;
        }
        var items = set.ToArray();
        var looked = new double[items.Length];
        for (var i = 0; i < items.Length; i++) looked[i] = TermWeights.Default.Of(items[i]);
        weights = looked;
        return items;
    }

    /// <summary>Weighted share of the probe's bigrams that also occur in any of the texts, 0..1.</summary>
    public double Coverage(string probe, params IEnumerable<IReadOnlySet<int>> texts) => Coverage(Bigrams(probe, 400), texts);

    public double Coverage(IReadOnlySet<int> probeBigrams, params IEnumerable<IReadOnlySet<int>> texts)
    {
        var probe = ProbeOf(probeBigrams);
        if (probe.Total == 0) return 0;
        // An array, not the sequence: enumerating an interface allocates, once for every bigram of the probe.
        var sets = texts as IReadOnlySet<int>[] ?? texts.ToArray();
        double found = 0;
        for (var i = 0; i < probe.Bigrams.Length; i++)
        {
            for (var s = 0; s < sets.Length; s++)
            {
                if (!sets[s].Contains(probe.Bigrams[i])) continue;
                found += probe.Weights[i];
                break;
            }
        }
        return found / probe.Total * probe.Confidence;
    }

    /// <summary>The same comparison for one text, without allocating (the headline-to-lead loop runs it most).</summary>
    public double Coverage(IReadOnlySet<int> probeBigrams, IReadOnlySet<int> text)
    {
        var probe = ProbeOf(probeBigrams);
        if (probe.Total == 0) return 0;
        double found = 0;
        var set = text as BigramSet;
        for (var i = 0; i < probe.Bigrams.Length; i++)
            if (set?.Contains(probe.Bigrams[i]) ?? text.Contains(probe.Bigrams[i])) found += probe.Weights[i];
        return found / probe.Total * probe.Confidence;
    }

    /// <summary>The share of the probe's weight that <paramref name="text"/> says and <paramref name="explained"/> does
    /// not: what the text says of the probe that another text it could belong to cannot account for.</summary>
    public double CoverageBeyond(IReadOnlySet<int> probeBigrams, IReadOnlySet<int> text, IReadOnlySet<int> explained)
    {
        var probe = ProbeOf(probeBigrams);
        if (probe.Total == 0) return 0;
        double found = 0;
        for (var i = 0; i < probe.Bigrams.Length; i++)
            if (text.Contains(probe.Bigrams[i]) && !explained.Contains(probe.Bigrams[i])) found += probe.Weights[i];
        return found / probe.Total * probe.Confidence;
    }

    /// <summary>The sum of the set's squared weights, added in the order the set enumerates its bigrams; a bigram set
    /// keeps its own (a paragraph is compared with every article's whole text, and the long text's sum was the most of
    /// each comparison).</summary>
    private static double NormOf(IReadOnlySet<int> set)
    {
        if (set is BigramSet bigrams) return bigrams.SquaredNorm;
        WeighedItemsOf(set, out var weights);
        return BigramSet.SquaredNormOf(weights);
    }

    /// <summary>The set's bigrams in the order it enumerates them.</summary>
    private static ReadOnlySpan<int> ItemsOf(IReadOnlySet<int> set) => set is BigramSet bigrams ? bigrams.Items : set.ToArray();

    private readonly Dictionary<IReadOnlySet<int>, Probe> _probes = new(ReferenceEqualityComparer.Instance);

    /// <summary>A probe's matchable bigrams and their weights, worked out once per probe.</summary>
    private sealed record Probe(int[] Bigrams, double[] Weights, double Total, double Confidence);

    private Probe ProbeOf(IReadOnlySet<int> bigrams)
    {
        if (_probes.TryGetValue(bigrams, out var cached)) return cached;
        // Arrays filled in the set's order and cut to what is kept; the total adds the weights in that order.
        var all = ItemsOf(bigrams);
        var kept = new int[all.Length];
        var weights = new double[all.Length];
        var count = 0;
        double total = 0;
        foreach (var b in all)
        {
            // A bigram no segment uses cannot tell one segment from another.
            var frequency = _segmentFrequency.Of(b);
            if (frequency == 0) continue;
            kept[count] = b;
            weights[count] = 1.0 / (1 + frequency);
            total += weights[count++];
        }
        Array.Resize(ref kept, count);
        Array.Resize(ref weights, count);
        // Few matchable bigrams are weak evidence either way.
        var probe = new Probe(kept, weights, total, Math.Min(1.0, count / 4.0));
        if (_probes.Count < 100_000) _probes[bigrams] = probe;
        return probe;
    }

    public double Coverage(string probe, string text) => Coverage(probe, [Bigrams(text, MaxChars)]);

    /// <summary>The bigrams of whole blocks (a paragraph, a run, an article), with no length limit.</summary>
    public static BigramSet Bigrams(IEnumerable<ClassifiedBlock> blocks) => BigramSet.OfLines(blocks.Select(b => b.Text), int.MaxValue);

    /// <summary>A letter or digit: what bigrams are made of (anything else is skipped, and the letters around it pair).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsBigramLetter(char c) => HanText.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c >= '\u0080' && !IsCommonMark(c) && char.IsLetterOrDigit(c);

    /// <summary>The marks of Chinese text, none a letter or digit, answered before the Unicode tables are read.</summary>
    private static bool IsCommonMark(char c) => c is '，' or '。' or '、' or '“' or '”' or '：' or '；' or '（' or '）' or '！' or '？' or '《' or '》' or '—' or '…' or '·';

    /// <summary>Bigrams of letters and digits, each packed into an int.</summary>
    public static BigramSet Bigrams(string text, int maxChars) => BigramSet.Of(text, maxChars);
}
