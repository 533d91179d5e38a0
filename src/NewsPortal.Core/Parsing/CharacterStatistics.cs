namespace NewsPortal.Core.Parsing;

/// <summary>Character statistics of the whole page, learned from its own text: how often two characters stand
/// side by side. A pair the page uses elsewhere, split by a column break, is a word cut in two.</summary>
internal sealed class CharacterStatistics(string pageText)
{
    /// <summary>Beyond this many different pairs asked a table of all pairs is cheaper than searching the page for each
    /// (a search stops at its second find; the table counts the page's thousands of pairs).</summary>
    private const int SearchesBeforeCounting = 64;

    private BigramCounts? _pairs;
    // What the page's search found for each pair asked (0, 1, or 2 for two or more): the rules ask the same paragraph
    // edges again for each piece they weigh.
    private readonly Dictionary<int, int> _searched = [];

    public bool JoinsWord(string before, string after, int minimum = 2)
    {
        if (before.Length == 0 || after.Length == 0 || !HanText.IsHan(before[^1]) || !HanText.IsHan(after[0])) return false;
        var packed = before[^1] << 16 | after[0];
        if (_pairs is not null || minimum > MostAsked) return (_pairs ??= HanPairCounts(pageText)).Of(packed) >= minimum;
        if (!_searched.TryGetValue(packed, out var found))
        {
            if (_searched.Count >= SearchesBeforeCounting) return (_pairs = HanPairCounts(pageText)).Of(packed) >= minimum;
            ReadOnlySpan<char> pair = [before[^1], after[0]];
            var rest = pageText.AsSpan();
            for (var at = rest.IndexOf(pair); at >= 0 && ++found < MostAsked; at = rest.IndexOf(pair))
                rest = rest[(at + 1)..];
            _searched[packed] = found;
        }
        return found >= minimum;
    }

    /// <summary>The most finds a question asks for: a search stops there.</summary>
    private const int MostAsked = 2;

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
