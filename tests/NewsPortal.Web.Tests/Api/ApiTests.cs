using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class ApiTests(PortalFixture portal)
{
    [Fact]
    public async Task Articles_are_paged_json_with_the_same_filters_as_the_page()
    {
        await using var db = portal.CreateDbContext();
        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?pageSize=5");

        Assert.Equal(await db.Articles.CountAsync(), json.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_article_comes_with_its_figures_entities_and_provenance()
    {
        await using var db = portal.CreateDbContext();
        var article = await db.Articles.Include(a => a.Metrics).Where(a => a.Metrics.Count > 0).OrderBy(a => a.Id).FirstAsync();

        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{article.Id}");

        Assert.Equal(article.Title, json.GetProperty("title").GetString());
        Assert.Equal(article.Metrics.Count, json.GetProperty("figures").GetArrayLength());
        Assert.Equal(JsonValueKind.String, json.GetProperty("kind").ValueKind);
        Assert.True(json.GetProperty("paragraphs").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_missing_article_is_a_problem_details_404()
    {
        using var response = await portal.CreateClient().GetAsync("/api/articles/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_entity_kind_is_a_validation_problem()
    {
        using var response = await portal.CreateClient().GetAsync("/api/entities?kind=planet");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Search_returns_hits_and_facets()
    {
        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>(Html.Url("/api/search", ("q", "集群")));

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.True(json.GetProperty("facets").TryGetProperty("district", out _));
    }

    [Fact]
    public async Task Figures_filter_by_status()
    {
        await using var db = portal.CreateDbContext();
        var targets = await db.Metrics.CountAsync(m => m.Status == Core.Pages.FigureStatus.Target);

        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/api/figures?status=target");

        Assert.Equal(targets, json.GetProperty("paging").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/search", "/api/suggest", "/api/figures", "/api/entities" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }
    }
}
