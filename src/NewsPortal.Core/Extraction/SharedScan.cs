using System.Buffers;
using System.Numerics;

namespace NewsPortal.Core.Extraction;

/// <summary>
/// One pass over an article for every finder that would otherwise look up each character itself: a finder
/// registers the characters its phrases (or names, or numbers) can start with, and gets back the positions
/// where they stand. It then looks up only those; a position it is not given starts none of its phrases.
/// </summary>
internal sealed class SharedScan
{
    private const int MaxReaders = 16;
    private int _readers;
    private readonly Dictionary<char, ushort> _readersOf = [];
    // Per character, one bit per reader whose phrases can start with it, kept small enough to stay in cache:
    // a bit per character that some reader wants (most characters are passed over after reading it), and for
    // those, the readers' bits in character order, found by counting the wanted characters before it.
    private readonly ulong[] _wanted = new ulong[1024];
    private readonly int[] _wantedBefore = new int[1024];
    private ushort[] _readerBits = [];

    /// <summary>A reader for the positions where one of <paramref name="characters"/> stands.</summary>
    public ScanReader Add(IEnumerable<char> characters)
    {
        if (_readers == MaxReaders) throw new InvalidOperationException($"A shared scan serves at most {MaxReaders} readers.");
        var reader = new ScanReader(_readers++);
        foreach (var c in characters)
        {
            _readersOf[c] = (ushort)(_readersOf.GetValueOrDefault(c) | 1 << reader.Index);
            _wanted[c >> 6] |= 1UL << (c & 63);
        }
        var bits = new ushort[_readersOf.Count];
        var count = 0;
        for (var word = 0; word < _wanted.Length; word++)
        {
            _wantedBefore[word] = count;
            for (var w = _wanted[word]; w != 0; w &= w - 1) bits[count++] = _readersOf[(char)(word * 64 + BitOperations.TrailingZeroCount(w))];
        }
        _readerBits = bits;
        return reader;
    }

    /// <summary>The characters any phrase of <paramref name="matcher"/> starts with.</summary>
    public static IEnumerable<char> Starts<T>(PhraseMatcher<T> matcher) => matcher.Table.FirstCharacters();

    /// <summary>Every reader's positions in <paramref name="text"/>; dispose the result to hand its buffer back.</summary>
    public ScanPositions Scan(string text)
    {
        // Reader r writes its positions from r * length on: no reader has more positions than the text has characters.
        var length = text.Length;
        var positions = ArrayPool<int>.Shared.Rent(Math.Max(1, length * _readers));
        Span<int> counts = stackalloc int[MaxReaders];
        var (wanted, wantedBefore, readerBits) = (_wanted, _wantedBefore, _readerBits);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            var word = wanted[c >> 6];
            var bit = 1UL << (c & 63);
            if ((word & bit) == 0) continue;
            for (uint b = readerBits[wantedBefore[c >> 6] + BitOperations.PopCount(word & (bit - 1))]; b != 0; b &= b - 1)
            {
                var r = BitOperations.TrailingZeroCount(b);
                positions[r * length + counts[r]++] = i;
            }
        }
        return new ScanPositions(positions, length, counts[.._readers].ToArray());
    }
}

/// <summary>A finder's registration with a <see cref="SharedScan"/>.</summary>
internal readonly record struct ScanReader(int Index);

/// <summary>Where each reader's characters stand in one text, in text order.</summary>
internal readonly struct ScanPositions(int[] positions, int length, int[] counts) : IDisposable
{
    public ReadOnlySpan<int> Of(ScanReader reader) => positions.AsSpan(reader.Index * length, counts[reader.Index]);

    public void Dispose() => ArrayPool<int>.Shared.Return(positions);
}
