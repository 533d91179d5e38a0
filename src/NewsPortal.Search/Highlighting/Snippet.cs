using System.Text;

namespace NewsPortal.Search.Highlighting;

/// <summary>The stretch of a body a hit shows: about <see cref="Length"/> characters around its matches, as plain text.</summary>
internal static class Snippet
{
    public const int Length = 120;

    /// <summary>Characters shown before the first match of a snippet, for context.</summary>
    private const int Lead = 24;

    /// <summary>
    /// The window with the most matches, whitespace runs collapsed to one space and control characters dropped,
    /// with "…" where the body goes on; the matches are moved to the excerpt's own offsets.
    /// </summary>
    public static HighlightedText Around(ReadOnlySpan<char> text, IReadOnlyList<MatchSpan> spans, int length = Length)
    {
        var (start, end) = Window(text, spans, length);

        var excerpt = new StringBuilder(end - start + 2);
        if (start > 0)
        {
            excerpt.Append('…');
        }
        // at[i]: where source character start + i lands in the excerpt (the last entry: the excerpt's end).
        var at = new int[end - start + 1];
        for (int i = start; i < end; i++)
        {
            at[i - start] = excerpt.Length;
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (excerpt.Length == 0 || excerpt[^1] != ' ')
                {
                    excerpt.Append(' ');
                }
            }
            else if (!char.IsControl(c)) // control characters from broken dumps are not text
            {
                excerpt.Append(c);
            }
        }
        at[^1] = excerpt.Length;
        if (end < text.Length)
        {
            excerpt.Append('…');
        }

        int trimmedEnd = excerpt.Length;
        while (trimmedEnd > 0 && excerpt[trimmedEnd - 1] == ' ')
        {
            trimmedEnd--;
        }
        int trimmedStart = 0;
        while (trimmedStart < trimmedEnd && excerpt[trimmedStart] == ' ')
        {
            trimmedStart++;
        }

        var matches = new List<MatchSpan>();
        foreach (var span in spans)
        {
            int from = Math.Max(at[Math.Clamp(span.Start - start, 0, at.Length - 1)], trimmedStart) - trimmedStart;
            int to = Math.Min(at[Math.Clamp(span.End - start, 0, at.Length - 1)], trimmedEnd) - trimmedStart;
            if (to > from && (matches.Count == 0 || from >= matches[^1].End))
            {
                matches.Add(new MatchSpan(from, to));
            }
        }
        return new HighlightedText(excerpt.ToString(trimmedStart, trimmedEnd - trimmedStart), matches);
    }

    /// <summary>[start, end) of the window of <paramref name="length"/> characters that holds the most matches.</summary>
    private static (int Start, int End) Window(ReadOnlySpan<char> text, IReadOnlyList<MatchSpan> spans, int length)
    {
        int start = 0;
        int end = Math.Min(text.Length, length);
        int best = -1;
        foreach (var anchor in spans)
        {
            int windowStart = Math.Max(0, anchor.Start - Lead);
            int windowEnd = Math.Min(text.Length, windowStart + length);
            windowStart = Math.Max(0, Math.Min(windowStart, windowEnd - length));
            int inside = spans.Count(s => s.Start >= windowStart && s.End <= windowEnd);
            if (inside > best)
            {
                best = inside;
                start = windowStart;
                end = windowEnd;
            }
        }
        return (AvoidSplitPair(text, start), AvoidSplitPair(text, end));
    }

    private static int AvoidSplitPair(ReadOnlySpan<char> text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;
}
