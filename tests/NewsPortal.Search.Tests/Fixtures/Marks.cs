using System.Text;
using NewsPortal.Search.Highlighting;

namespace NewsPortal.Search.Tests.Fixtures;

/// <summary>Highlighted text written with [[ ]] around its matches, so a test reads what a page would mark.</summary>
internal static class Marks
{
    public static string Of(HighlightedText? text)
    {
        if (text is null)
        {
            return "";
        }
        var marked = new StringBuilder(text.Text.Length + text.Matches.Count * 4);
        int at = 0;
        foreach (var match in text.Matches)
        {
            Assert.InRange(match.Start, at, match.End - 1); // in order, not overlapping, not empty
            marked.Append(text.Text, at, match.Start - at).Append("[[").Append(text.Text, match.Start, match.End - match.Start).Append("]]");
            at = match.End;
        }
        return marked.Append(text.Text, at, text.Text.Length - at).ToString();
    }
}
