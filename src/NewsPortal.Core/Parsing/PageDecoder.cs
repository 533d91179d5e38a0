using System.Buffers;
using System.Text;
using System.Text.Unicode;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>The decoded page: text with LF line ends, the encoding it was read with, and what went wrong.</summary>
internal sealed record DecodedPage(string Text, string Encoding, IReadOnlyList<ParseWarning> Warnings)
{
    public bool Refused { get; init; }
}

/// <summary>Bytes → text. Honours BOMs (UTF-8, UTF-16 LE/BE), recognises UTF-16 without a BOM by its zero bytes,
/// otherwise tries strict UTF-8 and falls back to GB18030.</summary>
internal sealed class PageDecoder
{
    /// <summary>Pages are tens of kilobytes; anything this large is not a page dump.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);


    public DecodedPage Decode(ReadOnlySpan<byte> bytes)
    {
        var warnings = new List<ParseWarning>();
        if (bytes.Length > MaxBytes)
        {
            warnings.Add(new ParseWarning("input-too-large",
                $"The input is {bytes.Length:N0} bytes; pages larger than {MaxBytes:N0} bytes are refused."));
            return new DecodedPage("", "none", warnings) { Refused = true };
        }
        if (bytes.IsEmpty)
        {
            warnings.Add(new ParseWarning("empty-input", "The input is empty."));
            return new DecodedPage("", "none", warnings);
        }

        var (text, encoding) = DecodeText(bytes, warnings);
        text = NormaliseLineEnds(text);
        if (LooksBinary(text))
        {
            warnings.Add(new ParseWarning("binary-input", $"The input does not look like text ({encoding} decoding is mostly control characters)."));
            return new DecodedPage("", encoding, warnings) { Refused = true };
        }
        return new DecodedPage(text, encoding, warnings);
    }

    private static (string Text, string Encoding) DecodeText(ReadOnlySpan<byte> bytes, List<ParseWarning> warnings)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (Utf16WithoutBom(bytes) is { } utf16) return utf16;
        if (StrictUtf8Text(bytes) is { } utf8) return (utf8, "utf-8");
        // Not UTF-8: Chinese pages without a BOM are GB18030 (a superset of GBK and GB2312).
        var gb = Encoding.GetEncoding(54936).GetString(bytes);
        warnings.Add(new ParseWarning("decoded-gb18030", "The input is not valid UTF-8; decoded as GB18030."));
        return (gb, "gb18030");
    }

    /// <summary>The bytes as strict UTF-8 (null at the first invalid sequence), transcoded in one pass into a rented
    /// buffer: the encoding's string decoder reads the page twice, once to validate and count and once to transcode.</summary>
    private static string? StrictUtf8Text(ReadOnlySpan<byte> bytes)
    {
        // UTF-8 never takes fewer bytes than the UTF-16 letters it decodes to.
        var letters = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            return Utf8.ToUtf16(bytes, letters, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(letters, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(letters);
        }
    }

    private static (string Text, string Encoding)? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (!PageBytes.IsUtf16(bytes, out var bigEndian)) return null;
        return bigEndian ? (Encoding.BigEndianUnicode.GetString(bytes), "utf-16be") : (Encoding.Unicode.GetString(bytes), "utf-16le");
    }

    private static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>What <see cref="LooksBinary"/> counts: control letters other than line feed and tab, and the replacement letter.</summary>
    private static readonly SearchValues<char> BinaryLetters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, ' ').Select(c => (char)c).Where(c => c is not ('\n' or '\t'))) + "\uFFFD");

    private static bool LooksBinary(string text)
    {
        var length = Math.Min(text.Length, 65536);
        // Most pages hold no control letter at all: one vectorised search says so, and counting starts at the first.
        var first = text.AsSpan(0, length).IndexOfAny(BinaryLetters);
        if (first < 0) return false;
        var control = 0;
        for (var i = first; i < length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\n' or '\t') || c == '\uFFFD') control++;
        }
        return length > 0 && control > length / 10;
    }
}
