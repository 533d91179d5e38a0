using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed partial class FeedTests(PortalFixture portal)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Every_entity_page_and_the_search_page_announce_a_feed()
    {
        await using var db = portal.CreateDbContext();
        var client = portal.CreateClient();
        var pages = new List<string> { Html.Url("/search", ("q", (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0])) };
        foreach (var (kind, path) in new[] { (EntityKind.District, "/districts/"), (EntityKind.Cluster, "/clusters/"), (EntityKind.Organization, "/organizations/"), (EntityKind.Person, "/people/") })
        {
            var top = await TopicData.TopAsync(db, kind, 1);
            if (top.Count > 0)
            {
                pages.Add(path + Uri.EscapeDataString(top[0]));
            }
        }

        Assert.True(pages.Count >= 4, "the seeds name districts, clusters and organisations");
        foreach (var page in pages)
        {
            var href = FeedHref(await client.GetPageAsync(page));
            var feed = await ParseAsync(client, href);
            Assert.Equal(Atom + "feed", feed.Root!.Name);
        }
    }

    [Fact]
    public async Task A_district_feed_lists_its_newest_articles_linking_back_with_the_matched_terms()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var naming = TopicData.Naming(db, EntityKind.District, district);
        var client = portal.CreateClient();

        var feed = await ParseAsync(client, FeedHref(await client.GetPageAsync("/districts/" + Uri.EscapeDataString(district))));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();

        Assert.Equal(Math.Min(50, await naming.CountAsync()), entries.Count);
        Assert.NotNull(feed.Root.Element(Atom + "id"));
        Assert.NotNull(feed.Root.Element(Atom + "updated"));
        var ids = await naming.Select(a => a.Id).ToListAsync();
        var dates = new List<DateTimeOffset>();
        foreach (var entry in entries)
        {
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
            var id = long.Parse(ArticlePath().Match(link).Groups[1].Value);
            Assert.Contains(id, ids);
            Assert.Equal(link, entry.Element(Atom + "id")!.Value);
            dates.Add(DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value));
        }
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var page = await client.GetPageAsync(new Uri(entries[0].Elements(Atom + "link").First().Attribute("href")!.Value).PathAndQuery);
        Assert.Contains("article-title", page);
    }

    [Fact]
    public async Task A_search_feed_names_the_matched_terms_in_each_summary()
    {
        await using var db = portal.CreateDbContext();
        var cluster = (await TopicData.TopAsync(db, EntityKind.Cluster, 1))[0];
        var word = cluster[..2];
        var client = portal.CreateClient();

        var feed = await ParseAsync(client, Html.Url("/api/feed", ("q", word)));
        var summaries = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "summary")!).ToList();

        Assert.NotEmpty(summaries);
        Assert.All(summaries, s => Assert.Equal("html", (string?)s.Attribute("type")));
        Assert.All(summaries, s => Assert.Contains("匹配：", s.Value));
        Assert.All(summaries, s => Assert.Contains(word, s.Value));
    }

    [Fact]
    public async Task A_conditional_get_is_answered_304_by_etag_and_by_date()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var client = portal.CreateClient();
        var url = Html.Url("/api/feed", ("district", district));

        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        var modified = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/atom+xml", first.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(etag);
        Assert.NotNull(modified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = modified;
        using var notModifiedSince = await client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);

        using var otherTag = new HttpRequestMessage(HttpMethod.Get, url);
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var changed = await client.SendAsync(otherTag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    public static string FeedHref(string html)
    {
        var match = AlternatePattern().Match(html);
        Assert.True(match.Success, "the page has no <link rel=\"alternate\" type=\"application/atom+xml\">");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static async Task<XDocument> ParseAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return XDocument.Load(stream);
    }

    [GeneratedRegex(@"<link rel=""alternate"" type=""application/atom\+xml"" title=""[^""]*"" href=""([^""]+)""")]
    private static partial Regex AlternatePattern();

    [GeneratedRegex(@"/articles/(\d+)$")]
    private static partial Regex ArticlePath();
}
