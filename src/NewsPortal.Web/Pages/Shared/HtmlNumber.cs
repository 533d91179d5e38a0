using Microsoft.AspNetCore.Html;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// A whole number for a page, as Razor writes one (<c>ToString()</c>), without boxing it and encoding its digits each time:
/// a search page writes some 450 counts and coordinates (facet counts, the month histogram's bars), and each had cost a box
/// and a string.
/// </summary>
public static class HtmlNumber
{
    private static readonly HtmlString[] Written = [.. Enumerable.Range(0, 4096).Select(n => new HtmlString(n.ToString()))];

    /// <summary>Digits need no encoding, so the text is the HTML; numbers below 4,096 are written once for all pages.</summary>
    public static IHtmlContent Of(int number) =>
        (uint)number < (uint)Written.Length ? Written[number] : new HtmlString(number.ToString());
}
