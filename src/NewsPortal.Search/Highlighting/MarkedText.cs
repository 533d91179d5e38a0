using System.Text;

namespace NewsPortal.Search.Highlighting;

/// <summary>Renders text as HTML: everything escaped, matched spans wrapped in &lt;mark&gt;.</summary>
internal static class MarkedText
{
    public const int SnippetLength = 120;

    /// <summary>Characters shown before the first match of a snippet, for context.</summary>
    private const int Lead = 24;

    public static string Whole(string text, IReadOnlyList<MatchSpan> spans)
    {
        var html = new StringBuilder(text.Length + spans.Count * 13);
        Render(html, text, 0, text.Length, spans, collapseWhitespace: false);
        return html.ToString();
    }

    /// <summary>About <see cref="SnippetLength"/> characters around the stretch with the most matches.</summary>
    public static string Snippet(string text, IReadOnlyList<MatchSpan> spans, int length = SnippetLength)
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
        start = AvoidSplitPair(text, start);
        end = AvoidSplitPair(text, end);

        var html = new StringBuilder(length * 2);
        if (start > 0)
        {
            html.Append('…');
        }
        Render(html, text, start, end, spans, collapseWhitespace: true);
        if (end < text.Length)
        {
            html.Append('…');
        }
        return html.ToString().Trim();
    }

    private static int AvoidSplitPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static void Render(StringBuilder html, string text, int start, int end, IReadOnlyList<MatchSpan> spans, bool collapseWhitespace)
    {
        int at = start;
        foreach (var span in spans)
        {
            int markStart = Math.Max(span.Start, start);
            int markEnd = Math.Min(span.End, end);
            if (markEnd <= markStart || markStart < at)
            {
                continue;
            }
            Escape(html, text, at, markStart, collapseWhitespace);
            html.Append("<mark>");
            Escape(html, text, markStart, markEnd, collapseWhitespace);
            html.Append("</mark>");
            at = markEnd;
        }
        Escape(html, text, at, end, collapseWhitespace);
    }

    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length);
        Escape(html, text, 0, text.Length, collapseWhitespace: false);
        return html.ToString();
    }

    private static void Escape(StringBuilder html, string text, int start, int end, bool collapseWhitespace)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    if (collapseWhitespace && char.IsWhiteSpace(c))
                    {
                        if (html.Length == 0 || html[^1] != ' ')
                        {
                            html.Append(' ');
                        }
                    }
                    else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                    {
                        // Control characters from broken dumps are not text; drop them.
                    }
                    else
                    {
                        html.Append(c);
                    }
                    break;
            }
        }
    }
}
