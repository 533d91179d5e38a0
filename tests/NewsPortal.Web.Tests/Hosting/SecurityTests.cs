using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Hosting;

[Collection(PortalCollection.Name)]
public sealed class SecurityTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_page_carries_a_content_security_policy_without_inline_script()
    {
        using var response = await portal.CreateClient().GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task Markup_in_a_parsed_page_is_rendered_as_text_on_article_and_edition_pages()
    {
        await using var db = portal.CreateDbContext();
        var edition = await db.Editions.Include(e => e.Articles).SingleAsync(e => e.FileName == PortalFixture.HostilePageName);
        var client = portal.CreateClient();

        foreach (var url in edition.Articles.Select(a => $"/articles/{a.Id}").Append($"/editions/{edition.Id}"))
        {
            var html = await client.GetPageAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<script>document", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        Assert.Contains("&lt;script&gt;alert(", await client.GetPageAsync($"/editions/{edition.Id}"));
    }

    [Fact]
    public async Task Markup_in_search_hits_and_queries_is_escaped()
    {
        var client = portal.CreateClient();

        var hits = await client.GetPageAsync(Html.Url("/search", ("q", PortalFixture.HostileMarker)));
        var echoed = await client.GetPageAsync(Html.Url("/search", ("q", "<script>alert(1)</script>")));

        Assert.Matches(@"找到 <span class=""search-total"">[1-9]\d*</span> 篇文章", hits);
        Assert.DoesNotContain("<script>alert", hits);
        Assert.DoesNotContain("<img src=x", hits);
        Assert.DoesNotContain("<script>alert(1)</script>", echoed);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", echoed);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        using var response = await portal.CreateClient().PostAsync("/articles", new FormUrlEncodedContent([new("district", "涪陵区")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求有误", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/articles?district=%00")]
    [InlineData("/figures?measure=a%00b&handler=csv")]
    [InlineData("/people?q=%00")]
    public async Task A_nul_character_in_a_filter_is_a_friendly_400(string url)
    {
        using var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求有误", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_nul_character_in_an_api_filter_is_a_problem_details_400()
    {
        using var response = await portal.CreateClient().GetAsync("/api/entities?kind=district&q=%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "/error")]
    [InlineData("GET", "/error/500")]
    [InlineData("POST", "/error")]
    public async Task The_error_page_asked_for_directly_is_a_404(string method, string url)
    {
        using var response = await portal.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Errors_never_show_exception_details()
    {
        using var response = await portal.CreateClient().GetAsync("/articles/not-a-number");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task The_search_page_is_rate_limited_per_client()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsportal-ratelimit-" + Guid.NewGuid().ToString("N"));
        await using var factory = new PortalFactory(portal.ConnectionString, folder)
            .WithWebHostBuilder(b => b.UseSetting("RateLimits:SearchPermitLimit", "2"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync($"/search?q=a{i}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await factory.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
