using System.Buffers;
using System.Text;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>Figures as RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.</summary>
public static class FigureCsv
{
    /// <summary>The header, then one line per figure, each ending in CRLF, after the byte-order mark (<see cref="FigureCsvWriter"/>).</summary>
    public static byte[] Write(IEnumerable<FigureRow> rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(Encoding.UTF8.Preamble);
        var csv = new FigureCsvWriter(buffer);
        csv.WriteHeader();
        foreach (var row in rows)
        {
            csv.Write(row);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Quotes when needed, and defuses text a spreadsheet would run as a formula.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
