using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsPortal.Core.Parsing;

/// <summary>The Han bigrams of one page's blocks with how often each occurs, weighed as vectors: each bigram weighs its
/// term weight (<see cref="TermWeights"/>) times 1 + ln(how often). A <see cref="BigramSet"/> says only whether a bigram
/// occurs, which is enough to find a headline's words in a lead; a paragraph weighed against whole articles is told
/// apart better by the words each article repeats (its subject, its company, its product) than by words it says once.
/// The page's bigrams are numbered as they are first met (one open-addressed table for the page, each bigram's weight
/// looked up once), a block is counted once (<see cref="Of"/>, a short list of numbers and counts) and an article's
/// counts are its blocks' added into one array indexed by number (<see cref="Sum"/>): no text is read twice.
/// Bigrams with a digit or a Latin letter weigh nothing (<see cref="TermWeights.Of"/>) and are not counted.</summary>
internal sealed class CountedBigrams
{
    // Packed bigrams (never 0: the first letter is Han) and their numbers, side by side a slot, in the first _size * 2
    // ints of the table.
    private int[] _table;
    private int _size;
    private int _shift;
    private double[] _weights;
    private int[] _bigrams;
    private int _count;
    private int _weighed;
    // A block's counts by number while it is counted; zero again between blocks.
    private int[] _scratch;
    // The numbers a block touched, in the order first met.
    private int[] _touched = new int[256];

    // The arrays of the thread's last page, taken again by its next: a page's tables are larger than the runtime's small
    // objects, and every page with pieces at its end makes them.
    [ThreadStatic]
    private static (int[] Table, double[] Weights, int[] Bigrams, int[] Scratch)? t_arrays;

    /// <summary>Sized for a page whose blocks hold about <paramref name="letters"/> chars (it grows past that). The
    /// instance is used on one thread, within one parse of a page.</summary>
    public CountedBigrams(int letters)
    {
        // About one bigram in two a page is new.
        var expected = Math.Max(16, letters / 2);
        var bits = 6;
        while (1L << bits < expected * 4L / 3 + 1) bits++;
        _size = 1 << bits;
        _shift = 32 - bits;
        var (table, weights, bigrams, scratch) = t_arrays ?? ([], [], [], []);
        t_arrays = null;
        _table = table.Length >= 2 * _size ? table : new int[2 * _size];
        Array.Clear(_table, 0, 2 * _size);
        _weights = weights.Length >= expected ? weights : new double[expected];
        _bigrams = bigrams.Length >= expected ? bigrams : new int[expected];
        // Zero between blocks, so zero when handed back.
        _scratch = scratch.Length >= expected ? scratch : new int[expected];
    }

    /// <summary>Hands the arrays to the thread's next page (the instance is not used after).</summary>
    public void Release()
    {
        t_arrays = (_table, _weights, _bigrams, _scratch);
        _table = [];
    }

    /// <summary>How many distinct bigrams the page's table has numbered so far (numbers run from 0 to one less).</summary>
    public int Numbered => _count;

    /// <summary>The term weight of the bigram numbered <paramref name="number"/> (once, not by how often it occurs).</summary>
    public double WeightOf(int number) => _weights[number];

    /// <summary>1 + ln n for the counts a page's article reaches, worked out once.</summary>
    private static readonly double[] Repeats = Enumerable.Range(0, 256).Select(n => n == 0 ? 0 : 1 + Math.Log(n)).ToArray();

    private static double Repeated(int n) => n < Repeats.Length ? Repeats[n] : 1 + Math.Log(n);

    /// <summary>The counts of one text (a block): its letters and digits paired as
    /// <see cref="TopicSimilarity.Bigrams(string, int)"/> pairs them, the pairs of two Han letters counted.</summary>
    public Bag Of(string text)
    {
        if (_touched.Length < text.Length) _touched = new int[Math.Max(text.Length, 2 * _touched.Length)];
        // The table and the counts read by reference (every letter of the page's articles comes through here); both
        // are read again after a new bigram is numbered, which may have grown them.
        ref var touched = ref MemoryMarshal.GetArrayDataReference(_touched);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        ref var scratch = ref MemoryMarshal.GetArrayDataReference(_scratch);
        int shift = _shift, mask = _size - 1, distinct = 0;
        var previous = '\0';
        foreach (var c in text)
        {
            if (!HanText.IsHan(c))
            {
                if (TopicSimilarity.IsBigramLetter(c)) previous = c;
                continue;
            }
            if (HanText.IsHan(previous))
            {
                var bigram = previous << 16 | c;
                var slot = (int)((uint)bigram * 2654435769u >> shift);
                var held = Unsafe.Add(ref table, 2 * slot);
                while (held != bigram && held != 0)
                {
                    slot = (slot + 1) & mask;
                    held = Unsafe.Add(ref table, 2 * slot);
                }
                int number;
                if (held != 0)
                {
                    number = Unsafe.Add(ref table, 2 * slot + 1);
                }
                else
                {
                    number = Number(bigram, slot);
                    table = ref MemoryMarshal.GetArrayDataReference(_table);
                    scratch = ref MemoryMarshal.GetArrayDataReference(_scratch);
                    (shift, mask) = (_shift, _size - 1);
                }
                if (Unsafe.Add(ref scratch, number)++ == 0) Unsafe.Add(ref touched, distinct++) = number;
            }
            previous = c;
        }
        if (distinct == 0) return Bag.Empty;
        // The new bigrams' weights, looked up together (TermWeights.OfAll: a page's first look-ups miss the caches).
        TermWeights.Default.OfAll(_bigrams.AsSpan(_weighed, _count - _weighed), _weights.AsSpan(_weighed));
        _weighed = _count;
        var numbers = _touched.AsSpan(0, distinct).ToArray();
        var counts = new int[distinct];
        double squared = 0;
        for (var i = 0; i < distinct; i++)
        {
            counts[i] = _scratch[numbers[i]];
            _scratch[numbers[i]] = 0;
            var w = _weights[numbers[i]] * Repeated(counts[i]);
            squared += w * w;
        }
        return new Bag(numbers, counts, squared);
    }

    /// <summary>The bags added up into one text's counts.</summary>
    public Text Sum(IEnumerable<Bag> bags)
    {
        // Counted first: a block counted now may number new bigrams.
        var all = bags.ToList();
        // The page's scratch while a page is open: an article's counts are asked for again whenever a piece moves.
        var data = PageScratch.Rent(_count, clear: true, out var at, out _);
        var counts = data.AsSpan(at, _count);
        double squared = 0;
        foreach (var bag in all)
            for (var i = 0; i < bag.Numbers.Length; i++)
            {
                var number = bag.Numbers[i];
                var before = counts[number];
                var after = counts[number] = before + bag.Counts[i];
                // The squared weight the bigram had taken off, the one it has now added.
                var weight = _weights[number];
                double was = Repeated(before), now = Repeated(after);
                squared += weight * weight * (now * now - was * was);
            }
        return new Text(data, at, _count, squared);
    }

    /// <summary>The cosine of a block's vector and a text's, 0..1 (0 when either has no weight).</summary>
    public double Cosine(Bag bag, Text text)
    {
        if (bag.SquaredNorm == 0 || text.SquaredNorm == 0) return 0;
        double shared = 0;
        var counts = text.Counts;
        for (var i = 0; i < bag.Numbers.Length; i++)
        {
            var number = bag.Numbers[i];
            if (number >= counts.Length || counts[number] <= 0) continue;
            var weight = _weights[number];
            shared += weight * Repeated(bag.Counts[i]) * weight * Repeated(counts[number]);
        }
        return shared / Math.Sqrt(bag.SquaredNorm * text.SquaredNorm);
    }

    /// <summary>At least the cosine of the bag and a text counted from the blocks <paramref name="text"/> was read from:
    /// the bag's weight on the bigrams the text may hold, over its whole weight (Cauchy–Schwarz: the text's norm is at
    /// least its weight on the bigrams they share).</summary>
    public double CosineAtMost(Bag bag, BigramPresence text)
    {
        if (bag.SquaredNorm == 0) return 0;
        double held = 0;
        for (var i = 0; i < bag.Numbers.Length; i++)
        {
            var number = bag.Numbers[i];
            if (!text.MayHold(_bigrams[number])) continue;
            var w = _weights[number] * Repeated(bag.Counts[i]);
            held += w * w;
        }
        return Math.Sqrt(held / bag.SquaredNorm);
    }

    /// <summary>Numbers a bigram met for the first time, in the free slot its look-up ended on.</summary>
    private int Number(int bigram, int slot)
    {
        if (_count == _weights.Length)
        {
            Array.Resize(ref _weights, _count * 2);
            Array.Resize(ref _bigrams, _count * 2);
            Array.Resize(ref _scratch, _count * 2);
        }
        _bigrams[_count] = bigram;
        _table[2 * slot] = bigram;
        _table[2 * slot + 1] = _count;
        if (++_count * 4L > _size * 3L) Grow();
        return _count - 1;
    }

    private void Grow()
    {
        var (table, size) = (_table, _size);
        _size *= 2;
        _shift--;
        _table = new int[2 * _size];
        var mask = _size - 1;
        for (var i = 0; i < size; i++)
        {
            var bigram = table[2 * i];
            if (bigram == 0) continue;
            var slot = (int)((uint)bigram * 2654435769u >> _shift);
            while (_table[2 * slot] != 0) slot = (slot + 1) & mask;
            _table[2 * slot] = bigram;
            _table[2 * slot + 1] = table[2 * i + 1];
        }
    }

    /// <summary>One block's bigrams: their numbers in the page's table and how often each occurs.</summary>
    public sealed record Bag(int[] Numbers, int[] Counts, double SquaredNorm)
    {
        public static Bag Empty { get; } = new([], [], 0);
    }

    /// <summary>A text's counts by bigram number (numbers given after it was summed count 0), in the page's scratch.</summary>
    public sealed class Text(int[] data, int at, int length, double squaredNorm)
    {
        public static Text Empty { get; } = new([], 0, 0, 0);

        public ReadOnlySpan<int> Counts => data.AsSpan(at, length);

        public double SquaredNorm { get; } = squaredNorm;
    }
}
