using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsPortal.Core.Parsing;

/// <summary>How many of a page's texts use each bigram (or how often a text prints each pair of letters): one
/// open-addressed table of packed pairs and their counts, sized once for the page (a growing hash table rehashed and reallocated its way up to a page's few thousand
/// bigrams, a tenth of the parse).</summary>
internal sealed class BigramCounts
{
    // Keys and counts side by side: a probe reads one cache line. A packed bigram is never 0 (its first letter is
    // not NUL), so 0 marks a free slot.
    // In the page's scratch while a page is open.
    private readonly int[] _data;
    private readonly int _at;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>A table for up to <paramref name="capacity"/> bigrams; the sets of a page's texts share many, so
    /// it is filled to three quarters at most.</summary>
    public BigramCounts(int capacity)
    {
        var bits = 4;
        while (1L << bits < capacity * 4L / 3 + 1) bits++;
        _data = PageScratch.Rent(2 << bits, clear: true, out _at, out _);
        _mask = (2 << bits) - 1;
        _shift = 32 - bits;
    }

    /// <summary>Counts each bigram of the set once.</summary>
    public void AddAll(BigramSet bigrams)
    {
        foreach (var bigram in bigrams.Items) Add(bigram);
    }

    /// <summary>Counts one packed pair of letters (never 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int bigram)
    {
        // Read by reference: a slot is masked to the table and even, so its count's place is in it too.
        ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_data), _at);
        var mask = _mask;
        var slot = Home(bigram);
        var held = Unsafe.Add(ref slots, slot);
        while (held != 0 && held != bigram)
        {
            slot = (slot + 2) & mask;
            held = Unsafe.Add(ref slots, slot);
        }
        Unsafe.Add(ref slots, slot) = bigram;
        Unsafe.Add(ref slots, slot + 1)++;
    }

    /// <summary>How many of the sets added hold the bigram.</summary>
    public int Of(int bigram)
    {
        ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_data), _at);
        var mask = _mask;
        for (var slot = Home(bigram); ; slot = (slot + 2) & mask)
        {
            var held = Unsafe.Add(ref slots, slot);
            if (held == bigram) return Unsafe.Add(ref slots, slot + 1);
            if (held == 0) return 0;
        }
    }

    // Fibonacci hashing: the packed letters' high bits spread over the table.
    private int Home(int bigram) => (int)((uint)bigram * 2654435769u >> _shift) << 1;
}
