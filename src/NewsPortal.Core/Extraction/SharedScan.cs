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
    // Per character, one bit per reader whose phrases can start with it; paged so unused pages cost nothing.
    private readonly ushort[]?[] _pages = new ushort[]?[256];
    // One bit per character that some reader wants: most characters are passed over after one small-table read.
    private readonly ulong[] _any = new ulong[1024];

    /// <summary>A reader for the positions where one of <paramref name="characters"/> stands.</summary>
    public ScanReader Add(IEnumerable<char> characters)
    {
        if (_readers == MaxReaders) throw new InvalidOperationException($"A shared scan serves at most {MaxReaders} readers.");
        var reader = new ScanReader(_readers++);
        foreach (var c in characters)
        {
            var page = _pages[c >> 8] ??= new ushort[256];
            page[c & 0xFF] |= (ushort)(1 << reader.Index);
            _any[c >> 6] |= 1UL << (c & 63);
        }
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
        var (pages, any) = (_pages, _any);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if ((any[c >> 6] & (1UL << (c & 63))) == 0) continue;
            for (uint b = pages[c >> 8]![c & 0xFF]; b != 0; b &= b - 1)
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
