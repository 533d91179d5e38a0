namespace NewsPortal.Core.Parsing;

/// <summary>How many of a page's texts use each bigram: one open-addressed table of packed bigrams and their counts,
/// sized once for the page (a growing hash table rehashed and reallocated its way up to a page's few thousand
/// bigrams, a tenth of the parse).</summary>
internal sealed class BigramCounts
{
    // Keys and counts side by side: a probe reads one cache line. A packed bigram is never 0 (its first letter is
    // not NUL), so 0 marks a free slot.
    private readonly int[] _slots;
    private readonly int _shift;

    /// <summary>A table for up to <paramref name="capacity"/> bigrams; the sets of a page's texts share many, so
    /// it is filled to three quarters at most.</summary>
    public BigramCounts(int capacity)
    {
        var bits = 4;
        while (1L << bits < capacity * 4L / 3 + 1) bits++;
        _slots = new int[2 << bits];
        _shift = 32 - bits;
    }

    /// <summary>Counts each bigram of the set once.</summary>
    public void AddAll(BigramSet bigrams)
    {
        var slots = _slots;
        foreach (var bigram in bigrams.Items)
        {
            var slot = Home(bigram);
            while (slots[slot] != 0 && slots[slot] != bigram) slot = (slot + 2) & (slots.Length - 1);
            slots[slot] = bigram;
            slots[slot + 1]++;
        }
    }

    /// <summary>How many of the sets added hold the bigram.</summary>
    public int Of(int bigram)
    {
        for (var slot = Home(bigram); _slots[slot] != 0; slot = Next(slot))
            if (_slots[slot] == bigram) return _slots[slot + 1];
        return 0;
    }

    // Fibonacci hashing: the packed letters' high bits spread over the table.
    private int Home(int bigram) => (int)((uint)bigram * 2654435769u >> _shift) << 1;

    private int Next(int slot) => (slot + 2) & (_slots.Length - 1);
}
