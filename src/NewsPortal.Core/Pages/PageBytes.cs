namespace NewsPortal.Core.Pages;

/// <summary>What the raw bytes of a file say about its encoding, before any decoding.</summary>
public static class PageBytes
{
    /// <summary>UTF-16 with a BOM, or without one: zero bytes (the high byte of every ASCII character, line ends
    /// included) on one side of the byte pairs only. Binary data has them on both sides; Han characters such as
    /// U+4E00 put one on the other side now and then.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (bigEndian || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return true;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        // Text in a byte encoding has no zero byte at all: found in one vectorised search, without counting.
        if (!sample.Contains((byte)0)) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var (more, fewer) = (Math.Max(evenZeros, oddZeros), Math.Min(evenZeros, oddZeros));
        if (more * 200 < sample.Length / 2 || fewer * 3 > more) return false;
        bigEndian = evenZeros > oddZeros;
        return true;
    }
}
