using System.Net;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Hosting;

[Collection(PortalCollection.Name)]
public sealed class StaticAssetTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/js/site.js", "text/javascript")]
    [InlineData("/js/map.js", "text/javascript")]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css", "text/css")]
    [InlineData("/lib/echarts/echarts.min.js", "text/javascript")]
    [InlineData("/lib/chongqing-map/chongqing.geojson", "application/geo+json")]
    public async Task Vendored_and_own_assets_are_served(string path, string mediaType)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
    }
}
