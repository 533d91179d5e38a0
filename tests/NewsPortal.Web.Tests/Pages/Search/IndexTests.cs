using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Search;

[Collection(PortalCollection.Name)]
public sealed class IndexTests(PortalFixture portal)
{
    [Fact]
    public async Task Without_a_query_the_page_explains_the_syntax()
    {
        var html = await portal.CreateClient().GetPageAsync("/search");

        Assert.Contains("双引号：按完整短语匹配", html);
        Assert.DoesNotContain("class=\"search-hit", html);
    }

    [Fact]
    public async Task A_query_lists_highlighted_hits_and_clickable_facets()
    {
        var html = await portal.CreateClient().GetPageAsync(Html.Url("/search", ("q", "集群")));

        Assert.Matches(@"找到 <span class=""search-total"">[1-9]\d*</span> 篇文章", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("class=\"search-hit", html);
        Assert.Contains("data-facet=\"district\"", html);
    }

    [Fact]
    public async Task Clicking_a_facet_value_narrows_the_hits()
    {
        var client = portal.CreateClient();
        var all = await client.GetPageAsync(Html.Url("/search", ("q", "集群")));
        var facet = System.Text.RegularExpressions.Regex.Match(all, "href=\"([^\"]+)\" data-facet=\"district\" data-value=\"([^\"]+)\"");
        Assert.True(facet.Success, "no district facet to click");

        var narrowed = await client.GetPageAsync(WebUtility.HtmlDecode(facet.Groups[1].Value));

        Assert.True(Html.PagerTotal(narrowed) < Html.PagerTotal(all));
        Assert.Contains("active fw-bold", narrowed);
    }

    [Fact]
    public async Task Facet_values_and_month_bars_are_written_one_to_a_line()
    {
        // A broad word lists a hundred facet values and fifty months: their indentation had been a fifth of the page.
        var html = await portal.CreateClient().GetPageAsync(Html.Url("/search", ("q", "集群")));
        var lines = html.Split('\n');

        var values = lines.Where(line => line.Contains("data-facet=")).ToList();
        var bars = lines.Where(line => line.Contains("class=\"month-bar\"")).ToList();

        Assert.NotEmpty(values);
        Assert.NotEmpty(bars);
        Assert.All(values, line => Assert.Matches(@"^\s*<li><a class=""facet-value[^""]*"" href=""[^""]+"" data-facet=""\w+"" data-value=""[^""]+""><span>[^<]+</span> <span class=""badge text-bg-light"">\d+</span></a></li>$", line));
        Assert.All(bars, line => Assert.Matches(@"^\s*<a href=""[^""]+"" class=""month-bar""[^>]*><title>[^<]+</title><rect [^>]+/><rect [^>]+/></a>$", line));
    }

    [Fact]
    public async Task A_query_with_no_hits_offers_a_way_forward()
    {
        var html = await portal.CreateClient().GetPageAsync(Html.Url("/search", ("q", "完全不存在的词语组合乙丙丁")));

        Assert.Contains("没有找到匹配的文章", html);
        Assert.Contains("全部文章", html);
    }

    [Fact]
    public async Task Suggestions_complete_what_was_typed()
    {
        await using var db = portal.CreateDbContext();
        var name = await db.Entities.Where(e => e.Kind == Core.Pages.EntityKind.District && e.Articles.Any()).Select(e => e.Name).FirstAsync();

        var json = await portal.CreateClient().GetStringAsync(Html.Url("/api/suggest", ("q", name[..2])));

        Assert.Contains(name, json);
    }
}
