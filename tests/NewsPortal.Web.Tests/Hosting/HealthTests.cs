using System.Net;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Hosting;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFixture portal)
{
    [Fact]
    public async Task Healthz_answers_plain_text_while_the_process_is_alive()
    {
        using var response = await portal.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_is_green_when_the_database_is_migrated_and_the_index_open()
    {
        using var response = await portal.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Healthy", body);
        Assert.Contains("database: Healthy", body);
        Assert.Contains("search-index: Healthy", body);
    }
}
