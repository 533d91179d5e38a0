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
    private const int MaxReaders = 32;
    private int _readers;
    // Per character, one bit per reader whose phrases can start with it; paged so unused pages cost nothing.
    private readonly uint[]?[] _pages = new uint[]?[256];

    /// <summary>A reader for the positions where one of <paramref name="characters"/> stands.</summary>
    public ScanReader Add(IEnumerable<char> characters)
    {
        if (_readers == MaxReaders) throw new InvalidOperationException($"A shared scan serves at most {MaxReaders} readers.");
        var reader = new ScanReader(_readers++);
        foreach (var c in characters)
        {
            var page = _pages[c >> 8] ??= new uint[256];
            page[c & 0xFF] |= 1u << reader.Index;
        }
        return reader;
    }

    /// <summary>The characters any phrase of <paramref name="matcher"/> starts with.</summary>
    public static IEnumerable<char> Starts<T>(PhraseMatcher<T> matcher) => matcher.Table.FirstCharacters();

    /// <summary>Every reader's positions in <paramref name="text"/>; dispose the result to hand its buffers back.</summary>
    public ScanPositions Scan(string text)
    {
        var pages = _pages;
        var bits = ArrayPool<uint>.Shared.Rent(Math.Max(1, text.Length));
        var offsets = new int[_readers + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var b = pages[c >> 8] is { } page ? page[c & 0xFF] : 0;
            bits[i] = b;
            for (; b != 0; b &= b - 1) offsets[BitOperations.TrailingZeroCount(b) + 1]++;
        }
        for (var r = 1; r <= _readers; r++) offsets[r] += offsets[r - 1];
        var positions = ArrayPool<int>.Shared.Rent(Math.Max(1, offsets[_readers]));
        var next = offsets[..^1];
        for (var i = 0; i < text.Length; i++)
        {
            for (var b = bits[i]; b != 0; b &= b - 1) positions[next[BitOperations.TrailingZeroCount(b)]++] = i;
        }
        ArrayPool<uint>.Shared.Return(bits);
        return new ScanPositions(positions, offsets);
    }
}

/// <summary>A finder's registration with a <see cref="SharedScan"/>.</summary>
internal readonly record struct ScanReader(int Index);

/// <summary>Where each reader's characters stand in one text, in text order.</summary>
internal readonly struct ScanPositions(int[] positions, int[] offsets) : IDisposable
{
    public ReadOnlySpan<int> Of(ScanReader reader) =>
        positions.AsSpan(offsets[reader.Index], offsets[reader.Index + 1] - offsets[reader.Index]);

    public void Dispose() => ArrayPool<int>.Shared.Return(positions);
}
