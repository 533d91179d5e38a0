using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsPortal.Core.Parsing;

/// <summary>The bigrams of a text (<see cref="TopicSimilarity.Bigrams(string, int)"/>) in the order they are first
/// met, as a hash set enumerates them: every segment and headline of a page gets one, so it is built with one
/// open-addressed table sized for the text instead of a general hash set (a tenth of the parse).</summary>
internal sealed class BigramSet : IReadOnlySet<int>
{
    // The table and then the order, side by side in one array (the page's scratch while a page is open): a packed
    // bigram is never 0 (its first letter is not NUL), so 0 marks a free slot of the table.
    private readonly int[] _data;
    private readonly int _table;
    private readonly int _mask;
    private readonly int _order;
    private readonly int _shift;
    private readonly PageScratch? _scratch;
    private readonly int _page;

    private BigramSet(int capacity, bool scratch = true)
    {
        var bits = 4;
        while (1L << bits < capacity * 4L / 3 + 1) bits++;
        var size = 1 << bits;
        if (scratch)
        {
            _data = PageScratch.Rent(size + capacity, clear: false, out _table, out _scratch);
            // Only the table is read before it is written.
            Array.Clear(_data, _table, size);
            _page = _scratch?.Page ?? 0;
        }
        else
        {
            _data = new int[size + capacity];
        }
        _mask = size - 1;
        _order = _table + size;
        _shift = 32 - bits;
    }

    public static BigramSet Empty { get; } = new(0, scratch: false);

    /// <summary>The bigrams of the text's first <paramref name="maxChars"/> letters and digits.</summary>
    public static BigramSet Of(string text, int maxChars) => Of([text], text.Length, maxChars);

    /// <summary>The bigrams of the texts joined by line breaks (<see cref="Of(string, int)"/> of the joined text, without
    /// joining it: a line break is no letter, so the letters on either side of it pair).</summary>
    public static BigramSet OfLines(IEnumerable<string> lines, int maxChars)
    {
        var texts = lines as string[] ?? lines.ToArray();
        var length = texts.Length - 1;
        foreach (var text in texts) length += text.Length;
        return Of(texts, Math.Max(0, length), maxChars);
    }

    private static BigramSet Of(ReadOnlySpan<string> texts, int length, int maxChars)
    {
        var set = new BigramSet(Math.Min(length, maxChars));
        // The table, its mask and the count in locals, and the arrays read by reference: every letter of every segment
        // and paragraph comes through here, and the range checks of three arrays a letter cost a third of the loop. The
        // slot is masked to the table, the order holds a bigram for every letter read (at most its capacity) and the
        // letter table a bit for every char.
        int shift = set._shift, mask = set._mask, count = 0;
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(set._data), set._table);
        ref var order = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(set._data), set._order);
        ref var letters = ref MemoryMarshal.GetArrayDataReference(BigramLetters);
        var previous = '\0';
        var seen = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if ((Unsafe.Add(ref letters, c >> 6) & 1UL << (c & 63)) == 0) continue;
                if (previous != '\0')
                {
                    var bigram = previous << 16 | c;
                    // Written whether it is new or not, and counted only when new: a bigram met again (an eighth of a
                    // paragraph's, more of a long text's) costs no mispredicted branch.
                    var slot = (int)((uint)bigram * 2654435769u >> shift);
                    var held = Unsafe.Add(ref table, slot);
                    while ((held != 0) & (held != bigram))
                    {
                        slot = (slot + 1) & mask;
                        held = Unsafe.Add(ref table, slot);
                    }
                    Unsafe.Add(ref table, slot) = bigram;
                    Unsafe.Add(ref order, count) = bigram;
                    count += held == 0 ? 1 : 0;
                }
                previous = c;
                if (++seen >= maxChars) break;
            }
            if (seen >= maxChars) break;
        }
        set.Count = count;
        return set;
    }

    /// <summary>One bit for every char, set for the letters and digits bigrams are made of
    /// (<see cref="TopicSimilarity.IsBigramLetter"/>): one read a letter instead of the Unicode tables.</summary>
    private static readonly ulong[] BigramLetters = LetterBits();

    /// <summary><see cref="TopicSimilarity.IsBigramLetter"/> read from a table of one bit a char.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(BigramLetters), c >> 6) & 1UL << (c & 63)) != 0;

    private static ulong[] LetterBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
            if (TopicSimilarity.IsBigramLetter((char)c)) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    public int Count { get; private set; }

    /// <summary>The bigrams in the order they were first met.</summary>
    public ReadOnlySpan<int> Items
    {
        get
        {
            _scratch?.Check(_page);
            return _data.AsSpan(_order, Count);
        }
    }

    // The weights as ints, two a weight, beside the set's other tables.
    private int[]? _weights;
    private int _weightsAt;

    /// <summary>Each bigram's term weight (<see cref="TermWeights"/>), in the order of <see cref="Items"/>, looked up
    /// once: a set is weighed against many (a probe against every article of the page, a long text's norm).</summary>
    public ReadOnlySpan<double> Weights
    {
        get
        {
            _scratch?.Check(_page);
            if (_weights is null)
            {
                _weights = _scratch is null ? new int[2 * Count] : PageScratch.Rent(2 * Count, clear: false, out _weightsAt, out _);
                TermWeights.Default.OfAll(Items, WeightsSpan);
            }
            return WeightsSpan;
        }
    }

    private Span<double> WeightsSpan => MemoryMarshal.Cast<int, double>(_weights.AsSpan(_weightsAt, 2 * Count));

    // Not yet summed while NaN (a sum of finite weights never is): one double is read and written whole, so the empty
    // set shared by the parsers' threads needs no lock.
    private double _squaredNorm = double.NaN;

    /// <summary>The sum of the squared weights, added in the order of <see cref="Items"/> (a cosine's norm).</summary>
    public double SquaredNorm => double.IsNaN(_squaredNorm) ? _squaredNorm = SquaredNormOf(Weights) : _squaredNorm;

    /// <summary>The sum of the squared weights in their order: the order is part of the result (rounding).</summary>
    public static double SquaredNormOf(ReadOnlySpan<double> weights)
    {
        double norm = 0;
        foreach (var w in weights) norm += w * w;
        return norm;
    }

    public bool Contains(int bigram)
    {
        // Read by reference: the slot is masked to the table (asked for every bigram of every probe).
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_data), _table);
        var mask = _mask;
        // Fibonacci hashing: the packed letters' high bits spread over the table.
        for (var slot = (int)((uint)bigram * 2654435769u >> _shift); ; slot = (slot + 1) & mask)
        {
            var held = Unsafe.Add(ref table, slot);
            if (held == bigram) return true;
            if (held == 0) return false;
        }
    }

    public IEnumerator<int> GetEnumerator()
    {
        _scratch?.Check(_page);
        for (var i = 0; i < Count; i++) yield return _data[_order + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Overlaps(IEnumerable<int> other) => other.Any(Contains);

    public bool IsSupersetOf(IEnumerable<int> other) => other.All(Contains);

    public bool IsSubsetOf(IEnumerable<int> other)
    {
        var others = other.ToHashSet();
        return Items.ToArray().All(others.Contains);
    }

    public bool SetEquals(IEnumerable<int> other)
    {
        var others = other.ToHashSet();
        return others.Count == Count && others.All(Contains);
    }

    public bool IsProperSubsetOf(IEnumerable<int> other)
    {
        var others = other.ToHashSet();
        return others.Count > Count && IsSubsetOf(others);
    }

    public bool IsProperSupersetOf(IEnumerable<int> other)
    {
        var others = other.ToHashSet();
        return others.Count < Count && IsSupersetOf(others);
    }
}
