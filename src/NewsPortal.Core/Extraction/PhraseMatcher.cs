namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds known phrases in text by longest match, indexed by first character so a scan
/// costs one dictionary probe per character plus the few candidates starting there.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly CharTable<(string Phrase, T Value)[]> _byFirst;
    private readonly CharTable<(string Phrase, T Value)[]> _byLast;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases.Where(p => !string.IsNullOrEmpty(p.Phrase))
            .GroupBy(p => p.Phrase, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(p => p.Phrase.Length).ToList();
        _byFirst = new CharTable<(string, T)[]>(list.GroupBy(p => p.Phrase[0]).Select(g => (g.Key, g.ToArray())));
        _byLast = new CharTable<(string, T)[]>(list.GroupBy(p => p.Phrase[^1]).Select(g => (g.Key, g.ToArray())));
    }

    /// <summary>The longest phrase starting at <paramref name="position"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(string text, int position)
    {
        if ((uint)position >= (uint)text.Length || _byFirst[text[position]] is not { } candidates) return null;
        foreach (var (phrase, value) in candidates)
        {
            if (position + phrase.Length <= text.Length && string.CompareOrdinal(text, position, phrase, 0, phrase.Length) == 0)
            {
                return new PhraseMatch<T>(position, phrase.Length, phrase, value);
            }
        }
        return null;
    }

    /// <summary>The longest phrase ending just before <paramref name="end"/>, if any.</summary>
    public PhraseMatch<T>? MatchEndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || _byLast[text[end - 1]] is not { } candidates) return null;
        foreach (var (phrase, value) in candidates)
        {
            var start = end - phrase.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, phrase, 0, phrase.Length) == 0)
            {
                return new PhraseMatch<T>(start, phrase.Length, phrase, value);
            }
        }
        return null;
    }

    /// <summary>Leftmost-longest, non-overlapping matches over the whole text.</summary>
    public IEnumerable<PhraseMatch<T>> FindAll(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var match = MatchAt(text, i);
            if (match is { } m)
            {
                yield return m;
                i += m.Length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The nearest match that ends at or before <paramref name="end"/> and starts at or after <paramref name="start"/>.</summary>
    public PhraseMatch<T>? LastBefore(string text, int start, int end)
    {
        for (var e = end; e > start; e--)
        {
            if (MatchEndingAt(text, e) is { } m && m.Start >= start) return m;
        }
        return null;
    }
}

internal readonly record struct PhraseMatch<T>(int Start, int Length, string Phrase, T Value)
{
    public int End => Start + Length;
}

/// <summary>
/// A lookup by character in two array steps (page, then slot), with pages only where keys live:
/// scans call it for every character, and a dictionary probe there costs more than the rest of the scan.
/// </summary>
internal sealed class CharTable<TValue>
    where TValue : class
{
    private readonly TValue?[]?[] _pages = new TValue?[]?[256];

    public CharTable(IEnumerable<(char Key, TValue Value)> entries)
    {
        foreach (var (key, value) in entries)
        {
            var page = _pages[key >> 8] ??= new TValue?[256];
            page[key & 0xFF] = value;
        }
    }

    public TValue? this[char c] => _pages[c >> 8] is { } page ? page[c & 0xFF] : null;
}
