using System.Globalization;

namespace NewsPortal.Core.Extraction;

/// <summary>A number as printed: its value before any 万/亿 multiplier, and that multiplier.</summary>
internal readonly record struct NumberToken(int Start, int Length, decimal Value, string Multiplier, decimal Factor, bool IsChinese)
{
    public int End => Start + Length;
    public decimal BaseValue => Value * Factor;
}

/// <summary>
/// Reads Arabic (2414, 1,200, 3.5, full-width digits) and Chinese (一千二百, 两, 十二) numerals,
/// with a trailing 万/亿/万亿 multiplier kept apart so the unit can be printed as 亿元.
/// </summary>
internal sealed class NumberReader
{
    private const string ChineseDigits = "零〇一二两三四五六七八九";
    private const string ChineseStarts = "一二两三四五六七八九十";
    private static readonly System.Buffers.SearchValues<char> ChineseStartSet = System.Buffers.SearchValues.Create(ChineseStarts);
    private static readonly int[] DigitValues = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
    private readonly PhraseMatcher<decimal> _multipliers;

    public NumberReader(UnitTable units)
    {
        _multipliers = new PhraseMatcher<decimal>(units.Multipliers.Select(m => (m.Prefix, m.Factor)));
    }

    /// <summary>The characters <see cref="StartsNumber"/> accepts.</summary>
    public static IEnumerable<char> StartCharacters =>
        Enumerable.Range('0', 10).Concat(Enumerable.Range('０', 10)).Select(c => (char)c).Concat(ChineseStarts);

    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    public static bool StartsNumber(char c) => IsDigit(c) || ChineseStartSet.Contains(c);

    /// <summary>Reads the number starting exactly at <paramref name="start"/>, or null.</summary>
    public NumberToken? Read(string text, int start)
    {
        if ((uint)start >= (uint)text.Length) return null;
        return IsDigit(text[start]) ? ReadArabic(text, start) : ChineseStarts.Contains(text[start]) ? ReadChinese(text, start) : null;
    }

    private const int MaxDigits = 20;

    private NumberToken? ReadArabic(string text, int start)
    {
        // Digits and the point as ASCII; longer numbers are read to their end but not kept.
        Span<char> digits = stackalloc char[MaxDigits];
        var count = 0;
        var hasPoint = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                if (count < MaxDigits) digits[count] = Ascii(c);
                count++;
                i++;
            }
            else if (c == ',' && count > 0 && IsThreeDigitGroup(text, i + 1) && !hasPoint)
            {
                i++;
            }
            else if ((c == '.' || c == '．') && i + 1 < text.Length && IsDigit(text[i + 1]) && !hasPoint)
            {
                if (count < MaxDigits) digits[count] = '.';
                count++;
                hasPoint = true;
                i++;
            }
            else
            {
                break;
            }
        }
        if (count == 0 || count > MaxDigits) return null;
        if (!decimal.TryParse(digits[..count], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        return WithMultiplier(text, start, i, value, isChinese: false);
    }

    private static bool IsThreeDigitGroup(string text, int at) =>
        at + 3 <= text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2])
        && (at + 3 == text.Length || !IsDigit(text[at + 3]));

    private static char Ascii(char c) => c >= '０' && c <= '９' ? (char)('0' + (c - '０')) : c;

    private static readonly string[] MultiplierSuffixes = ["万亿", "亿", "万"];

    private NumberToken? ReadChinese(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 12 && IsChineseNumeralChar(text[end])) end++;
        // A trailing 万/亿 is a multiplier printed with the unit (三万人 = 3 万人), unless it stands alone.
        var body = text.AsSpan(start, end - start);
        var multiplier = "";
        var factor = 1m;
        foreach (var suffix in MultiplierSuffixes)
        {
            if (body.Length > suffix.Length && body.EndsWith(suffix, StringComparison.Ordinal)
                && body[..^suffix.Length].IndexOfAny('万', '亿') < 0)
            {
                multiplier = suffix;
                factor = _multipliers.MatchAt(suffix, 0)?.Value ?? 1m;
                body = body[..^suffix.Length];
                break;
            }
        }
        var value = ParseChinese(body);
        if (value is null) return null;
        return new NumberToken(start, end - start, value.Value, multiplier, factor, IsChinese: true);
    }

    private static bool IsChineseNumeralChar(char c) => ChineseDigits.Contains(c) || c is '十' or '百' or '千' or '万' or '亿';

    /// <summary>Value of a Chinese numeral such as 一千二百 (1200), 十二 (12), 两 (2), 三万五千 (35000).</summary>
    public static decimal? ParseChinese(string s) => ParseChinese(s.AsSpan());

    private static decimal? ParseChinese(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return null;
        decimal result = 0, section = 0, number = 0;
        var sawDigit = false;
        foreach (var c in s)
        {
            var d = ChineseDigits.IndexOf(c);
            if (d >= 0)
            {
                number = DigitValues[d];
                sawDigit = true;
                continue;
            }
            switch (c)
            {
                case '十': section += (number == 0 ? 1 : number) * 10; number = 0; break;
                case '百': section += number * 100; number = 0; break;
                case '千': section += number * 1000; number = 0; break;
                case '万': result += (section + number) * 10_000; section = 0; number = 0; break;
                case '亿': result = (result + section + number) * 100_000_000; section = 0; number = 0; break;
                default: return null;
            }
        }
        if (!sawDigit && !s.Contains('十')) return null;
        return result + section + number;
    }

    private NumberToken WithMultiplier(string text, int start, int end, decimal value, bool isChinese)
    {
        if (_multipliers.MatchAt(text, end) is { } m)
        {
            return new NumberToken(start, end + m.Length - start, value, m.Phrase, m.Value, isChinese);
        }
        return new NumberToken(start, end - start, value, "", 1m, isChinese);
    }
}
