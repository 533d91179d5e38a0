using System.Buffers;
using System.Globalization;
using System.Text;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// Writes <see cref="FigureCsv"/>'s lines as UTF-8 straight into a buffer (the response's pipe): no string per line or
/// cell, numbers and dates formatted into the buffer, each measure's industry looked up once per export. Built as a
/// string a line and encoded by a <see cref="StreamWriter"/>, 2,000 rows had cost the portal more than reading them.
/// </summary>
public sealed class FigureCsvWriter(IBufferWriter<byte> output)
{
    private static readonly byte[] HeaderLine = Encoding.UTF8.GetBytes(
        "id,article_id,article_title,published_on,span,value,unit,base_value,base_unit,measure,subject,period,kind,status,qualifier,family,industry\r\n");

    private static readonly byte[][] Kinds = Lowered<FigureKind>();
    private static readonly byte[][] Statuses = Lowered<FigureStatus>();

    private readonly Dictionary<string, string?> _industries = new(StringComparer.Ordinal);

    public void WriteHeader() => Raw(HeaderLine);

    public void Write(FigureRow r)
    {
        Number(r.Id);
        Comma();
        Number(r.ArticleId);
        Comma();
        Text(r.ArticleTitle);
        Comma();
        if (r.PublishedOn is { } day)
        {
            var span = output.GetSpan(10);
            day.TryFormat(span, out int n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Advance(n);
        }
        Comma();
        Text(r.Span);
        Comma();
        Decimal(r.Value);
        Comma();
        Text(r.Unit);
        Comma();
        if (r.BaseValue is { } baseValue)
        {
            Decimal(baseValue);
        }
        Comma();
        Text(r.BaseUnit);
        Comma();
        Text(r.Measure);
        Comma();
        Text(r.Subject);
        Comma();
        Text(r.Period);
        Comma();
        Raw(Kinds[(int)r.Kind]);
        Comma();
        Raw(Statuses[(int)r.Status]);
        Comma();
        Text(r.Qualifier);
        Comma();
        Text(r.Family);
        Comma();
        Text(Industry(r.Measure));
        Raw("\r\n"u8);
    }

    /// <summary><see cref="FigureRow.Industry"/>, once per measure: an export is mostly one measure.</summary>
    private string? Industry(string? measure)
    {
        if (measure is null)
        {
            return null;
        }
        if (!_industries.TryGetValue(measure, out var industry))
        {
            industry = IndustryVocabulary.Default.CanonicalOf(measure);
            _industries[measure] = industry;
        }
        return industry;
    }

    /// <summary><see cref="FigureCsv.Text"/>'s quoting and formula defusing, encoded into the buffer.</summary>
    private void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        bool defuse = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        bool quote = value.AsSpan().IndexOfAny(",\"\n\r") >= 0;
        if (quote)
        {
            Raw("\""u8);
        }
        if (defuse)
        {
            Raw("'"u8);
        }
        if (quote)
        {
            var rest = value.AsSpan();
            for (int q; (q = rest.IndexOf('"')) >= 0; rest = rest[(q + 1)..])
            {
                Chars(rest[..(q + 1)]);
                Raw("\""u8);
            }
            Chars(rest);
            Raw("\""u8);
        }
        else
        {
            Chars(value);
        }
    }

    private void Chars(ReadOnlySpan<char> chars)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length));
        Advance(Encoding.UTF8.GetBytes(chars, span));
    }

    private void Number(long value)
    {
        var span = output.GetSpan(20);
        value.TryFormat(span, out int n, default, CultureInfo.InvariantCulture);
        Advance(n);
    }

    private void Decimal(decimal value)
    {
        var span = output.GetSpan(32);
        value.TryFormat(span, out int n, default, CultureInfo.InvariantCulture);
        Advance(n);
    }

    private void Comma() => Raw(","u8);

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        var span = output.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        Advance(bytes.Length);
    }

    private void Advance(int count) => output.Advance(count);

    private static byte[][] Lowered<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().OrderBy(v => Convert.ToInt32(v, CultureInfo.InvariantCulture))
            .Select(v => Encoding.UTF8.GetBytes(v.ToString().ToLowerInvariant()))];
}
