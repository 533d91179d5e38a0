namespace NewsPortal.Web.Pages.Shared;

/// <summary>A run of text, marked with the number of the range it belongs to (a figure, an article piece) or not.</summary>
public sealed record MarkedRun(string Text, int? Mark);

/// <summary>A range of text to mark: [Start, Start + Length) carries Mark.</summary>
public readonly record struct MarkRange(int Start, int Length, int Mark);

/// <summary>Cuts text into runs so views can wrap the marked ones in tags without building HTML in C#.</summary>
public static class MarkedText
{
    /// <summary>Overlapping or out-of-range ranges are clipped; the first range to claim a character keeps it.</summary>
    public static IReadOnlyList<MarkedRun> Mark(string text, IEnumerable<MarkRange> ranges)
    {
        var runs = new List<MarkedRun>();
        var at = 0;
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            var start = Math.Max(range.Start, at);
            var end = Math.Min(range.Start + range.Length, text.Length);
            if (start >= end)
            {
                continue;
            }
            if (start > at)
            {
                runs.Add(new(text[at..start], null));
            }
            runs.Add(new(text[start..end], range.Mark));
            at = end;
        }
        if (at < text.Length)
        {
            runs.Add(new(text[at..], null));
        }
        return runs;
    }

    /// <summary>Splits runs at line breaks: one list of runs per line (paragraph).</summary>
    public static IReadOnlyList<IReadOnlyList<MarkedRun>> Lines(IReadOnlyList<MarkedRun> runs)
    {
        var lines = new List<IReadOnlyList<MarkedRun>>();
        var line = new List<MarkedRun>();
        foreach (var run in runs)
        {
            var parts = run.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    lines.Add(line);
                    line = [];
                }
                if (parts[i].Length > 0)
                {
                    line.Add(run with { Text = parts[i] });
                }
            }
        }
        lines.Add(line);
        return lines;
    }
}
