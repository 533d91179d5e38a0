using System.Net;
using NewsPortal.Data.Tests;
using NewsPortal.Web.Tests.Reliability;

namespace NewsPortal.Web.Tests.Hosting;

/// <summary>Behind a reverse proxy, per-client rate limits apply to the clients it forwards, and only a configured proxy is believed.</summary>
public sealed class ForwardedHeadersTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const int Limit = 3;

    [Fact]
    public async Task Two_clients_behind_a_configured_proxy_are_limited_separately()
    {
        await using var portal = await StartAsync(proxy: "127.0.0.1");
        using var client = portal.Client();

        var first = await StatusesAsync(client, "203.0.113.10", Limit + 1);
        var second = await StatusesAsync(client, "203.0.113.20", Limit);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Limit), HttpStatusCode.TooManyRequests], first);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Limit), second);
    }

    [Fact]
    public async Task The_same_headers_from_an_address_that_is_not_a_configured_proxy_are_ignored()
    {
        await using var portal = await StartAsync(proxy: "10.9.8.7");
        using var client = portal.Client();

        var first = await StatusesAsync(client, "203.0.113.10", Limit);
        var second = await StatusesAsync(client, "203.0.113.20", 1);

        // Both "clients" are the one real client (the test), so they share its limit.
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Limit), first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    [Fact]
    public async Task A_proxy_network_that_is_not_cidr_stops_the_portal_at_start_up()
    {
        var folder = PortalHost.NewFolder();
        try
        {
            await using var portal = new PortalHost(await postgres.CreateDatabaseAsync(), folder, new Dictionary<string, string?>
            {
                ["ForwardedHeaders:KnownNetworks:0"] = "docker",
            });
            var error = Assert.ThrowsAny<Exception>(() => portal.Client());
            Assert.Contains("KnownNetworks", error.ToString());
        }
        finally
        {
            PortalHost.DeleteFolder(folder);
        }
    }

    private async Task<OwnedPortal> StartAsync(string proxy)
    {
        var folder = PortalHost.NewFolder();
        var portal = new PortalHost(await postgres.CreateDatabaseAsync(), folder, new Dictionary<string, string?>
        {
            ["RateLimits:ApiPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:WindowSeconds"] = "3600",
            ["ForwardedHeaders:KnownProxies:0"] = proxy,
        });
        return new OwnedPortal(portal, folder);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string forwardedFor, int requests)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q=重庆{i}");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private sealed class OwnedPortal(PortalHost portal, string folder) : IAsyncDisposable
    {
        public HttpClient Client() => portal.Client();

        public async ValueTask DisposeAsync()
        {
            await portal.DisposeAsync();
            PortalHost.DeleteFolder(folder);
        }
    }
}
