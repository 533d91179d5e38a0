using System.Net;
using System.Text.RegularExpressions;

namespace NewsPortal.Web.Tests.Infrastructure;

/// <summary>Small helpers to read what a page shows, without a DOM library.</summary>
public static partial class Html
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    /// <summary>The total a pager prints ("共 N 条").</summary>
    public static int PagerTotal(string html)
    {
        var match = PagerTotalPattern().Match(html);
        Assert.True(match.Success, "the page has no pager total");
        return int.Parse(match.Groups[1].Value);
    }

    /// <summary>Ids of the articles linked from article cards, in order.</summary>
    public static IReadOnlyList<long> ArticleCardIds(string html) =>
        ArticleCardPattern().Matches(html).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, ""));

    public static string Url(string path, params (string Key, string Value)[] query) =>
        path + (query.Length == 0 ? "" : "?" + string.Join("&", query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}")));

    [GeneratedRegex(@"共 (\d+) 条")]
    private static partial Regex PagerTotalPattern();

    [GeneratedRegex(@"<article class=""article-card[^""]*"">\s*<h3[^>]*><a href=""/articles/(\d+)""")]
    private static partial Regex ArticleCardPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
