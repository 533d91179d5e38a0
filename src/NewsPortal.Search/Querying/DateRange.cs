using System.Globalization;

namespace NewsPortal.Search.Querying;

/// <summary>An inclusive range of edition dates; either end may be open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    public bool IsEmpty => From is { } f && To is { } t && f > t;

    public DateRange Intersect(DateRange other) => new(
        Later(From, other.From),
        Earlier(To, other.To));

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>2024-12-01..2024-12-31, 2024-12-01.., ..2024-12-31, 2024-12-01, 2024-12 or 2024 (also with / or .).</summary>
    public static bool TryParse(string text, out DateRange range)
    {
        range = new DateRange(null, null);
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (TryParsePeriod(text, out var first, out var last))
            {
                range = new DateRange(first, last);
                return true;
            }
            return false;
        }

        string left = text[..dots];
        string right = text[(dots + 2)..];
        DateOnly? from = null, to = null;
        if (left.Length > 0)
        {
            if (!TryParsePeriod(left, out var first, out _))
            {
                return false;
            }
            from = first;
        }
        if (right.Length > 0)
        {
            if (!TryParsePeriod(right, out _, out var last))
            {
                return false;
            }
            to = last;
        }
        if (from is null && to is null)
        {
            return false;
        }
        range = new DateRange(from, to);
        return true;
    }

    /// <summary>A day, month or year, as its first and last day.</summary>
    private static bool TryParsePeriod(string text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        string[] parts = text.Trim().Split(['-', '/', '.'], StringSplitOptions.None);
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || p.Length > 4 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }
        int year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts[0].Length != 4 || year < 1900 || year > 2999)
        {
            return false;
        }
        if (parts.Length == 1)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }
        int month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }
        if (parts.Length == 2)
        {
            first = new DateOnly(year, month, 1);
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }
        int day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        first = last = new DateOnly(year, month, day);
        return true;
    }
}
