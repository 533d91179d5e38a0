namespace NewsPortal.Core.Extraction;

/// <summary>
/// Finds known phrases in text by longest match, each carrying a value. The lookup itself lives in the
/// non-generic <see cref="PhraseTable"/>, so scans run specialised code whatever the value type is.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly PhraseTable _table;
    private readonly T[] _values;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases.Where(p => !string.IsNullOrEmpty(p.Phrase))
            .GroupBy(p => p.Phrase, StringComparer.Ordinal).Select(g => g.First()).ToList();
        _values = [.. list.Select(p => p.Value)];
        _table = new PhraseTable(list.Select(p => p.Phrase).ToList());
    }

    /// <summary>The lookup behind this matcher, for a <see cref="SharedScan"/>.</summary>
    public PhraseTable Table => _table;

    /// <summary>The longest phrase starting at <paramref name="position"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(string text, int position)
    {
        var id = _table.MatchAt(text, position, out var length);
        return id < 0 ? null : new PhraseMatch<T>(position, length, _table.Phrase(id), _values[id]);
    }

    /// <summary>
    /// False when no phrase can end just before <paramref name="end"/>, by one table read that inlines: a walk
    /// that asks at every step calls <see cref="MatchEndingAt"/> only where the answer may be yes.
    /// </summary>
    public bool MayEndAt(string text, int end) => (uint)(end - 1) < (uint)text.Length && _table.EndsSomePhrase(text[end - 1]);

    /// <summary>The longest phrase ending just before <paramref name="end"/>, if any.</summary>
    public PhraseMatch<T>? MatchEndingAt(string text, int end)
    {
        var id = _table.MatchEndingAt(text, end, out var length);
        return id < 0 ? null : new PhraseMatch<T>(end - length, length, _table.Phrase(id), _values[id]);
    }

    /// <summary>Leftmost-longest, non-overlapping matches over the whole text.</summary>
    public List<PhraseMatch<T>> FindAll(string text)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < text.Length;)
        {
            // Most letters start no phrase: one table read that inlines passes them by.
            if (!_table.StartsSomePhrase(text[i]))
            {
                i++;
                continue;
            }
            var id = _table.MatchAt(text, i, out var length);
            if (id < 0)
            {
                i++;
                continue;
            }
            found.Add(new PhraseMatch<T>(i, length, _table.Phrase(id), _values[id]));
            i += length;
        }
        return found;
    }

    /// <summary>
    /// <see cref="FindAll(string)"/> looking only at <paramref name="starts"/>, ascending positions that include
    /// every one where a phrase starts (from a <see cref="SharedScan"/>), so the same matches.
    /// </summary>
    public List<PhraseMatch<T>> FindAll(string text, ReadOnlySpan<int> starts)
    {
        var found = new List<PhraseMatch<T>>();
        var next = 0;
        foreach (var i in starts)
        {
            if (i < next) continue;
            var id = _table.MatchAt(text, i, out var length);
            if (id < 0) continue;
            found.Add(new PhraseMatch<T>(i, length, _table.Phrase(id), _values[id]));
            next = i + length;
        }
        return found;
    }

    /// <summary>The nearest match that ends at or before <paramref name="end"/> and starts at or after <paramref name="start"/>.</summary>
    public PhraseMatch<T>? LastBefore(string text, int start, int end)
    {
        for (var e = end; e > start; e--)
        {
            var id = _table.MatchEndingAt(text, e, out var length);
            if (id >= 0 && e - length >= start) return new PhraseMatch<T>(e - length, length, _table.Phrase(id), _values[id]);
        }
        return null;
    }
}

internal readonly record struct PhraseMatch<T>(int Start, int Length, string Phrase, T Value)
{
    public int End => Start + Length;
}

/// <summary>
/// Phrases indexed by first and by last character in two-step tables (page, then slot), longest first,
/// so a scan costs two array reads per character plus the few phrases that share that character.
/// </summary>
internal sealed class PhraseTable
{
    private readonly string[] _phrases;
    private readonly int[]?[]?[] _byFirst = new int[]?[]?[256];
    private readonly int[]?[]?[] _byLast = new int[]?[]?[256];
    // One bit per character that starts (ends) some phrase: most characters are rejected by one load.
    private readonly ulong[] _firstBits = new ulong[1024];
    private readonly ulong[] _lastBits = new ulong[1024];
    // Characters that are a whole phrase alone, and hashed pairs of a phrase's first (last) two characters:
    // a character that starts phrases but not this pair is rejected without reading the bucket.
    private readonly ulong[] _singleBits = new ulong[1024];
    private readonly ulong[] _firstPairBits = new ulong[1024];
    private readonly ulong[] _lastPairBits = new ulong[1024];

    private static int Pair(char a, char b) => (a * 31 + b) & 0xFFFF;
    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);
    private static bool Has(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;

    public PhraseTable(IReadOnlyList<string> phrases)
    {
        _phrases = [.. phrases];
        var order = Enumerable.Range(0, _phrases.Length).OrderByDescending(i => _phrases[i].Length).ToList();
        Fill(_byFirst, order.GroupBy(i => _phrases[i][0]));
        Fill(_byLast, order.GroupBy(i => _phrases[i][^1]));
        foreach (var p in _phrases)
        {
            _firstBits[p[0] >> 6] |= 1UL << (p[0] & 63);
            _lastBits[p[^1] >> 6] |= 1UL << (p[^1] & 63);
            if (p.Length == 1) Set(_singleBits, p[0]);
            else
            {
                Set(_firstPairBits, Pair(p[0], p[1]));
                Set(_lastPairBits, Pair(p[^2], p[^1]));
            }
        }
    }

    private static void Fill(int[]?[]?[] table, IEnumerable<IGrouping<char, int>> groups)
    {
        foreach (var g in groups)
        {
            var page = table[g.Key >> 8] ??= new int[]?[256];
            page[g.Key & 0xFF] = [.. g];
        }
    }

    public string Phrase(int id) => _phrases[id];

    public bool StartsSomePhrase(char c) => (_firstBits[c >> 6] & (1UL << (c & 63))) != 0;

    public bool EndsSomePhrase(char c) => (_lastBits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The characters that start some phrase.</summary>
    public IEnumerable<char> FirstCharacters() => _phrases.Select(p => p[0]).Distinct();

    /// <summary>Id of the longest phrase starting at <paramref name="position"/>, or -1.</summary>
    public int MatchAt(string text, int position, out int length)
    {
        length = 0;
        if ((uint)position >= (uint)text.Length) return -1;
        var c = text[position];
        if ((_firstBits[c >> 6] & (1UL << (c & 63))) == 0) return -1;
        if (!Has(_singleBits, c) && (position + 1 >= text.Length || !Has(_firstPairBits, Pair(c, text[position + 1])))) return -1;
        if (_byFirst[c >> 8]?[c & 0xFF] is not { } ids) return -1;
        foreach (var id in ids)
        {
            var phrase = _phrases[id];
            if (position + phrase.Length <= text.Length && (phrase.Length == 1 || text[position + 1] == phrase[1])
                && text.AsSpan(position, phrase.Length).SequenceEqual(phrase))
            {
                length = phrase.Length;
                return id;
            }
        }
        return -1;
    }

    /// <summary>Id of the longest phrase ending just before <paramref name="end"/>, or -1.</summary>
    public int MatchEndingAt(string text, int end, out int length)
    {
        length = 0;
        if (end <= 0 || end > text.Length) return -1;
        var c = text[end - 1];
        if ((_lastBits[c >> 6] & (1UL << (c & 63))) == 0) return -1;
        if (!Has(_singleBits, c) && (end < 2 || !Has(_lastPairBits, Pair(text[end - 2], c)))) return -1;
        if (_byLast[c >> 8]?[c & 0xFF] is not { } ids) return -1;
        foreach (var id in ids)
        {
            var phrase = _phrases[id];
            var start = end - phrase.Length;
            if (start >= 0 && (phrase.Length == 1 || text[end - 2] == phrase[^2]) && text.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                length = phrase.Length;
                return id;
            }
        }
        return -1;
    }
}
