namespace NewsPortal.Core.Parsing;

/// <summary>Character statistics of the whole page, learned from its own text: how often two characters stand
/// side by side. A pair the page uses elsewhere, split by a column break, is a word cut in two.</summary>
internal sealed class CharacterStatistics(string pageText)
{
    /// <summary>Beyond this many questions a table of all pairs is cheaper than searching the page each time.</summary>
    private const int SearchesBeforeCounting = 16;

    private readonly Lazy<Dictionary<int, int>> _pairs = new(() => Count(pageText));
    private int _searches;

    public bool JoinsWord(string before, string after, int minimum = 2)
    {
        if (before.Length == 0 || after.Length == 0 || !HanText.IsHan(before[^1]) || !HanText.IsHan(after[0])) return false;
        if (++_searches > SearchesBeforeCounting) return _pairs.Value.GetValueOrDefault(before[^1] << 16 | after[0]) >= minimum;
        var pair = string.Concat(before[^1], after[0]);
        var found = 0;
        for (var at = pageText.IndexOf(pair, StringComparison.Ordinal); at >= 0 && found < minimum; at = pageText.IndexOf(pair, at + 1, StringComparison.Ordinal))
            found++;
        return found >= minimum;
    }

    private static Dictionary<int, int> Count(string text)
    {
        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!HanText.IsHan(text[i]) || !HanText.IsHan(text[i + 1])) continue;
            var key = text[i] << 16 | text[i + 1];
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }
        return pairs;
    }
}
