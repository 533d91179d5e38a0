using System.Buffers;

namespace NewsPortal.Core.Extraction;

/// <summary>
/// The phrase tables and character sets the finders test at every character, looked up together in one pass
/// over an article: one bit per table with a phrase starting with the character at a position, one per set that
/// holds it. Finders then step from mark to mark instead of each looking up every character; a table's mark
/// says a phrase may start there, and the finder's own lookup decides.
/// </summary>
internal sealed class SharedScan
{
    private const int MaxEntries = 32;
    private int _count;
    private readonly uint[]?[] _pages = new uint[]?[256];

    /// <summary>Marks where a phrase of the matcher may start: every position its <c>MatchAt</c> finds is marked.</summary>
    public ScanBit Add<T>(PhraseMatcher<T> matcher) => Add(matcher.Table.FirstCharacters());

    /// <summary>Marks where one of these characters stands.</summary>
    public ScanBit Add(IEnumerable<char> characters)
    {
        if (_count == MaxEntries) throw new InvalidOperationException($"A shared scan holds at most {MaxEntries} tables and sets.");
        var bit = new ScanBit(1u << _count++);
        foreach (var c in characters) Mark(c, bit);
        return bit;
    }

    private void Mark(char c, ScanBit bit)
    {
        var page = _pages[c >> 8] ??= new uint[256];
        page[c & 0xFF] |= bit.Mask;
    }

    /// <summary>The marks of every position of <paramref name="text"/>; dispose them to hand the buffer back.</summary>
    public ScanMarks Scan(string text)
    {
        var marks = ArrayPool<uint>.Shared.Rent(Math.Max(1, text.Length));
        var pages = _pages;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            marks[i] = pages[c >> 8] is { } page ? page[c & 0xFF] : 0;
        }
        return new ScanMarks(marks, text.Length);
    }
}

/// <summary>One table's or set's bit in a <see cref="SharedScan"/>; bits of one finder are combined with |.</summary>
internal readonly record struct ScanBit(uint Mask)
{
    public static ScanBit operator |(ScanBit a, ScanBit b) => new(a.Mask | b.Mask);
}

/// <summary>What a <see cref="SharedScan"/> found at each position of one text.</summary>
internal readonly struct ScanMarks(uint[] marks, int length) : IDisposable
{
    public int Length => length;

    /// <summary>True when any of <paramref name="bits"/> is marked at <paramref name="position"/>.</summary>
    public bool Has(int position, ScanBit bits) => (uint)position < (uint)length && (marks[position] & bits.Mask) != 0;

    /// <summary>The first position at or after <paramref name="from"/> marked with any of <paramref name="bits"/>, else the text's length.</summary>
    public int Next(int from, ScanBit bits)
    {
        var mask = bits.Mask;
        for (var i = Math.Max(0, from); i < length; i++)
        {
            if ((marks[i] & mask) != 0) return i;
        }
        return length;
    }

    public void Dispose() => ArrayPool<uint>.Shared.Return(marks);
}
