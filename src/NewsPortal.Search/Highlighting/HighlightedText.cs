namespace NewsPortal.Search.Highlighting;

/// <summary>A stretch of text [Start, End) that matched a query word or phrase.</summary>
public readonly record struct MatchSpan(int Start, int End);

/// <summary>
/// Plain text and where the query matched it, in order and not overlapping: the portal decides how a match
/// looks (the search index emits no HTML).
/// </summary>
public sealed record HighlightedText(string Text, IReadOnlyList<MatchSpan> Matches)
{
    public static readonly HighlightedText Empty = new("", []);

    /// <summary>The matched stretches themselves.</summary>
    public IEnumerable<string> MatchedWords => Matches.Select(m => Text[m.Start..m.End]);
}
