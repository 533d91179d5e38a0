namespace NewsPortal.Core.Parsing;

/// <summary>How much of a short text (a headline) is found in a longer one, by character bigrams weighted
/// against how many segments of the same page use them (common bigrams such as 重庆 or 发展 say little).</summary>
internal sealed class TopicSimilarity
{
    private const int MaxChars = 1500;
    private readonly Dictionary<string, int> _segmentFrequency = new(StringComparer.Ordinal);

    public TopicSimilarity(IEnumerable<string> segments)
    {
        foreach (var text in segments)
            foreach (var bigram in HanText.Bigrams(HanText.Content(text, MaxChars)))
                _segmentFrequency[bigram] = _segmentFrequency.GetValueOrDefault(bigram) + 1;
    }

    /// <summary>Weighted share of the probe's bigrams that also occur in the text, 0..1.</summary>
    public double Coverage(string probe, string text)
    {
        var probeBigrams = HanText.Bigrams(HanText.Content(probe, 400));
        if (probeBigrams.Count == 0) return 0;
        var textBigrams = HanText.Bigrams(HanText.Content(text, MaxChars));
        double total = 0, found = 0;
        foreach (var b in probeBigrams)
        {
            var w = 1.0 / (1 + _segmentFrequency.GetValueOrDefault(b));
            total += w;
            if (textBigrams.Contains(b)) found += w;
        }
        return found / total;
    }

    /// <summary>Whether the page elsewhere joins these two characters (evidence that a word was cut at a column break).</summary>
    public static bool JoinsWord(string before, string after, string page, int minimum = 2)
    {
        if (before.Length == 0 || after.Length == 0 || !HanText.IsHan(before[^1]) || !HanText.IsHan(after[0])) return false;
        var pair = string.Concat(before[^1], after[0]);
        var found = 0;
        for (var at = page.IndexOf(pair, StringComparison.Ordinal); at >= 0 && found < minimum; at = page.IndexOf(pair, at + 1, StringComparison.Ordinal))
            found++;
        return found >= minimum;
    }
}
