namespace NewsPortal.Core.Parsing;

/// <summary>Character statistics of the whole page, learned from its own text: how often two characters stand
/// side by side. A pair the page uses elsewhere, split by a column break, is a word cut in two.</summary>
internal sealed class CharacterStatistics(string pageText)
{
    /// <summary>Beyond this many questions a table of all pairs is cheaper than searching the page each time.</summary>
    private const int SearchesBeforeCounting = 16;

    private BigramCounts? _pairs;
    private int _searches;

    public bool JoinsWord(string before, string after, int minimum = 2)
    {
        if (before.Length == 0 || after.Length == 0 || !HanText.IsHan(before[^1]) || !HanText.IsHan(after[0])) return false;
        if (++_searches > SearchesBeforeCounting) return (_pairs ??= HanPairCounts(pageText)).Of(before[^1] << 16 | after[0]) >= minimum;
        var pair = string.Concat(before[^1], after[0]);
        var found = 0;
        for (var at = pageText.IndexOf(pair, StringComparison.Ordinal); at >= 0 && found < minimum; at = pageText.IndexOf(pair, at + 1, StringComparison.Ordinal))
            found++;
        return found >= minimum;
    }

    /// <summary>How often each pair of Han letters stands side by side in the page's text (sized for every pair it holds;
    /// the distinct ones are fewer).</summary>
    private static BigramCounts HanPairCounts(string text)
    {
        var counts = new BigramCounts(HanText.HanPairs(text));
        for (var i = 0; i + 1 < text.Length; i++)
            if (HanText.IsHan(text[i]) && HanText.IsHan(text[i + 1])) counts.Add(text[i] << 16 | text[i + 1]);
        return counts;
    }
}
