using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsPortal.Core.Parsing;

/// <summary>How telling a character bigram is in general Chinese text (Knowledge/term-weights.tsv, inverse document
/// frequencies): a common word (产业, 发展, 亿元) weighs little and a rare one (肉牛, 花椒) much. A bigram that is no
/// word (the seam of 产业|综合, a name) weighs as its commoner letter. Page statistics alone cannot tell 综合产值 from
/// 肉牛 when each occurs twice on a page.</summary>
internal sealed class TermWeights
{
    public static TermWeights Default { get; } = Load();

    // A page asks for thousands of weights, most of them once, and the parse between two pages pushes the table out of
    // the processor's caches, so a look-up is mostly a memory read: each word sits in one long of an open-addressed
    // table (the packed bigram and its weight), found with one read where a search of the words sorted by first
    // letter read three or four places and a general hash table two.
    /// <summary>Each word of the file as <c>bigram &lt;&lt; 32 | its weight's bits</c>, at the slot its hash gives or the
    /// next free one; 0 marks a free slot (a packed bigram is never 0: its first letter is not NUL).</summary>
    private readonly long[] _words;
    private readonly int _shift;
    /// <summary>The distinct weights of the letters (one decimal: about a hundred).</summary>
    private readonly float[] _values;
    /// <summary>Each Han letter's weight's index in <see cref="_values"/>; the rarest letter's for a letter the file does not list.</summary>
    private readonly byte[] _letters;
    /// <summary>A bigram that is no word is most often the seam of two words (业|综 in 产业综合): it repeats its words' evidence.</summary>
    private const double SeamShare = 0.5;

    private const int HanLetters = 0x4DC0 - 0x3400 + 0xA000 - 0x4E00;

    /// <summary>A Han letter's place among all of them (U+3400–4DBF, then U+4E00–9FFF).</summary>
    private static int HanIndex(char c) => c >= '\u4e00' ? c - 0x4E00 + (0x4DC0 - 0x3400) : c - 0x3400;

    private TermWeights(Dictionary<int, float> words, Dictionary<char, float> letters)
    {
        var rarest = letters.Count == 0 ? 1 : letters.Values.Max();
        var values = new Dictionary<float, int>();
        int ValueIndex(float weight) => values.TryGetValue(weight, out var index) ? index : values[weight] = values.Count;
        _letters = new byte[HanLetters];
        for (var i = 0; i < HanLetters; i++)
        {
            var letter = (char)(i < 0x4DC0 - 0x3400 ? 0x3400 + i : 0x4E00 + i - (0x4DC0 - 0x3400));
            _letters[i] = checked((byte)ValueIndex(letters.GetValueOrDefault(letter, rarest)));
        }
        _values = new float[values.Count];
        foreach (var (weight, index) in values) _values[index] = weight;
        _leastWord = words.Count == 0 ? double.MaxValue : words.Values.Min();
        // At most half full: a look-up rarely reads past its first slot.
        var bits = 4;
        while (1L << bits < words.Count * 2L) bits++;
        _words = new long[1 << bits];
        _shift = 32 - bits;
        foreach (var (bigram, weight) in words)
            _words[SlotOf(bigram)] = (long)bigram << 32 | (uint)BitConverter.SingleToInt32Bits(weight);
    }

    /// <summary>The weight of a bigram packed as <c>first &lt;&lt; 16 | second</c>; 0 unless both are Han letters
    /// (numbers say nothing about a topic: 60 in one headline and 60 in another text are a coincidence).</summary>
    public double Of(int bigram)
    {
        char first = (char)(bigram >> 16), second = (char)(bigram & 0xFFFF);
        if (!HanText.IsHan(first) || !HanText.IsHan(second)) return 0;
        var slot = RecentSlot(bigram);
        var recent = Volatile.Read(ref _recent[slot]);
        if ((int)(recent >> 32) == bigram) return BitConverter.Int32BitsToSingle((int)recent);
        var weight = WeightOf(_words[SlotOf(bigram)], first, second);
        // Kept only when the single-precision number is the weight exactly (half a weight of the file always is).
        if ((float)weight == weight) Volatile.Write(ref _recent[slot], (long)bigram << 32 | (uint)BitConverter.SingleToInt32Bits((float)weight));
        return weight;
    }

    /// <summary>The least weight of a word of the file.</summary>
    private readonly double _leastWord;

    /// <summary>The least <see cref="Of"/> a bigram of two Han letters may weigh, read from its letters alone (no look-up of the
    /// word table, whose reads miss the caches): the least word's weight, or less when the letters' seam weighs less.</summary>
    public double LeastOf(char first, char second) =>
        Math.Min(_leastWord, SeamShare * Math.Min(_values[_letters[HanIndex(first)]], _values[_letters[HanIndex(second)]]));

    /// <summary>The weight a word's slot holds, else (0: no word) the seam's of its two letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double WeightOf(long word, char first, char second) =>
        word != 0 ? BitConverter.Int32BitsToSingle((int)word) : SeamShare * Math.Min(_values[_letters[HanIndex(first)]], _values[_letters[HanIndex(second)]]);

    /// <summary>The weights of many bigrams, each as <see cref="Of"/> gives it. A page's first look-ups miss the
    /// processor's caches, and one look-up at a time waits for each read (its probe branches on what it read): the
    /// bigrams' slots are read first in a loop that branches on nothing read, so those reads overlap.</summary>
    public void OfAll(ReadOnlySpan<int> bigrams, Span<double> weights)
    {
        weights = weights[..bigrams.Length];
        // The weights asked for lately are read first (a page asks for its bigrams' again and again: every segment, every
        // article, every paragraph weighed); the others' slots of the table are read in a loop that branches on nothing
        // read, so those reads overlap.
        ref var words = ref MemoryMarshal.GetArrayDataReference(_words);
        ref var recentSlots = ref MemoryMarshal.GetArrayDataReference(_recent);
        var shift = _shift;
        long touched = 0;
        var missed = 0;
        Span<int> misses = bigrams.Length <= 512 ? stackalloc int[bigrams.Length] : new int[bigrams.Length];
        for (var i = 0; i < bigrams.Length; i++)
        {
            var bigram = bigrams[i];
            var recent = Volatile.Read(ref Unsafe.Add(ref recentSlots, RecentSlot(bigram)));
            if ((int)(recent >> 32) == bigram)
            {
                weights[i] = BitConverter.Int32BitsToSingle((int)recent);
                continue;
            }
            misses[missed++] = i;
            touched |= Unsafe.Add(ref words, (int)((uint)bigram * 2654435769u >> shift));
        }
        // Stored, so the reads are not dropped as unused (per thread: the parsers' threads share this table).
        t_touched = touched;
        var mask = _words.Length - 1;
        foreach (var i in misses[..missed])
        {
            var bigram = bigrams[i];
            char first = (char)(bigram >> 16), second = (char)(bigram & 0xFFFF);
            if (!HanText.IsHan(first) || !HanText.IsHan(second))
            {
                weights[i] = 0;
                continue;
            }
            var slot = (int)((uint)bigram * 2654435769u >> shift);
            var word = Unsafe.Add(ref words, slot);
            while (word != 0 && (int)(word >> 32) != bigram)
            {
                slot = (slot + 1) & mask;
                word = Unsafe.Add(ref words, slot);
            }
            var weight = weights[i] = WeightOf(word, first, second);
            if ((float)weight == weight)
                Volatile.Write(ref Unsafe.Add(ref recentSlots, RecentSlot(bigram)),
                    (long)bigram << 32 | (uint)BitConverter.SingleToInt32Bits((float)weight));
        }
    }

    [ThreadStatic]
    private static long t_touched;

    // The dealing weighs the same words again and again (every paragraph of a pair, both sides of every deal): the
    // weights last asked for sit in a small table, one bigram and its weight in one long a slot. A slot is read and
    // written whole, so the parsers' threads share it without a lock; an empty slot (0) matches no bigram, which is
    // never 0 (its first letter is Han).
    private const int RecentBits = 14;

    private static int RecentSlot(int bigram) => (int)((uint)bigram * 2654435769u >> (32 - RecentBits));
    private readonly long[] _recent = new long[1 << RecentBits];

    /// <summary>Whether the two letters are a word of general Chinese (董事, 产值): a column break between them cuts it.</summary>
    public bool IsWord(char first, char second) => _words[SlotOf(first << 16 | second)] != 0;

    /// <summary>The slot holding the bigram, or the free slot where it would go (Fibonacci hashing, then the next slot).</summary>
    private int SlotOf(int bigram)
    {
        var mask = _words.Length - 1;
        var slot = (int)((uint)bigram * 2654435769u >> _shift);
        while (_words[slot] != 0 && (int)(_words[slot] >> 32) != bigram) slot = (slot + 1) & mask;
        return slot;
    }

    private static TermWeights Load()
    {
        using var stream = typeof(TermWeights).Assembly.GetManifestResourceStream("NewsPortal.Core.Parsing.term-weights.tsv")
            ?? throw new InvalidOperationException("Embedded resource NewsPortal.Core.Parsing.term-weights.tsv is missing.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<int, float>(140_000);
        var letters = new Dictionary<char, float>(12_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var value = float.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            if (tab == 1) letters[line[0]] = value;
            else if (tab == 2) words[line[0] << 16 | line[1]] = value;
        }
        return new TermWeights(words, letters);
    }
}
