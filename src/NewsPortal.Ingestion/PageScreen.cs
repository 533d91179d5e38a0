namespace NewsPortal.Ingestion;

/// <summary>Refuses what cannot be a newspaper page before the parser sees it.</summary>
internal static class PageScreen
{
    private const int Sample = 8192;

    /// <summary>Why these bytes are not a page dump, or null when they may be one.</summary>
    public static string? Refuse(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return "empty file: not a newspaper page";
        // UTF-16 text has zero bytes by nature; the parser decodes it and refuses it if it is not a page.
        if (NewsPortal.Core.Pages.PageBytes.IsUtf16(content, out _)) return null;
        var sample = content[..Math.Min(content.Length, Sample)];
        if (sample.Contains((byte)0)) return "binary file (NUL bytes): not a newspaper page";
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0c) control++;
        }
        if (control * 20 > sample.Length) return "binary file (control bytes): not a newspaper page";
        return content.Trim(" \t\r\n\f"u8).IsEmpty ? "blank file: not a newspaper page" : null;
    }
}
