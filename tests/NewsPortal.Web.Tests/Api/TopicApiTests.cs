using System.Net.Http.Json;
using System.Text.Json;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class TopicApiTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/api/months")]
    [InlineData("/api/trends")]
    [InlineData("/api/compare")]
    [InlineData("/api/feed")]
    [InlineData("/api/cooccurrence/{kind}/{name}")]
    [InlineData("/api/articles/{id}/citation")]
    [InlineData("/api/search/export.csv")]
    [InlineData("/api/search/export.json")]
    public async Task The_openapi_document_describes_each_topic_endpoint(string path)
    {
        var json = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi.json");

        Assert.True(json.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
        Assert.True(item.TryGetProperty("get", out _));
    }
}
