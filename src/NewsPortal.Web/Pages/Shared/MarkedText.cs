using NewsPortal.Search.Highlighting;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// A run of text, marked with the number of the range it belongs to (a figure, an article piece) or not.
/// A run is a slice of its source text: cutting a page into runs copies nothing.
/// </summary>
public readonly record struct MarkedRun(string Source, int Start, int Length, int? Mark)
{
    public MarkedRun(string text, int? mark) : this(text, 0, text.Length, mark)
    {
    }

    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    public string Text => Source.Substring(Start, Length);

    /// <summary>Runs are equal when they show the same text with the same mark, wherever the text is held.</summary>
    public bool Equals(MarkedRun other) => Mark == other.Mark && Span.SequenceEqual(other.Span);

    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(Span, StringComparison.Ordinal), Mark);

    public override string ToString() => Mark is { } mark ? $"[{Text}]#{mark}" : Text;
}

/// <summary>A range of text to mark: [Start, Start + Length) carries Mark.</summary>
public readonly record struct MarkRange(int Start, int Length, int Mark);

/// <summary>Cuts text into runs so views can wrap the marked ones in tags without building HTML in C#.</summary>
public static class MarkedText
{
    /// <summary>Overlapping or out-of-range ranges are clipped; the first range to claim a character keeps it.</summary>
    public static IReadOnlyList<MarkedRun> Mark(string text, IEnumerable<MarkRange> ranges)
    {
        var sorted = ranges.ToArray();
        if (sorted.Length > 1)
        {
            Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        }
        var runs = new List<MarkedRun>(sorted.Length * 2 + 1);
        var at = 0;
        foreach (var range in sorted)
        {
            var start = Math.Max(range.Start, at);
            var end = (int)Math.Min((long)range.Start + range.Length, text.Length);
            if (start >= end)
            {
                continue;
            }
            if (start > at)
            {
                runs.Add(new(text, at, start - at, null));
            }
            runs.Add(new(text, start, end - start, range.Mark));
            at = end;
        }
        if (at < text.Length)
        {
            runs.Add(new(text, at, text.Length - at, null));
        }
        return runs;
    }

    /// <summary>A search hit's title or snippet: its matches marked (mark 0).</summary>
    public static IReadOnlyList<MarkedRun> Of(HighlightedText text)
    {
        // Forty a search page: the ranges made in a loop, not through an iterator and a closure each.
        var ranges = new MarkRange[text.Matches.Count];
        for (int i = 0; i < ranges.Length; i++)
        {
            var match = text.Matches[i];
            ranges[i] = new MarkRange(match.Start, match.End - match.Start, 0);
        }
        return Mark(text.Text, ranges);
    }

    /// <summary>Splits runs at line breaks: one list of runs per line (paragraph).</summary>
    public static IReadOnlyList<IReadOnlyList<MarkedRun>> Lines(IReadOnlyList<MarkedRun> runs)
    {
        var lines = new List<IReadOnlyList<MarkedRun>>();
        var line = new List<MarkedRun>();
        foreach (var run in runs)
        {
            var (start, end) = (run.Start, run.Start + run.Length);
            while (true)
            {
                var newline = run.Source.IndexOf('\n', start, end - start);
                var partEnd = newline < 0 ? end : newline;
                if (partEnd > start)
                {
                    line.Add(run with { Start = start, Length = partEnd - start });
                }
                if (newline < 0)
                {
                    break;
                }
                lines.Add(line);
                line = [];
                start = newline + 1;
            }
        }
        lines.Add(line);
        return lines;
    }
}
