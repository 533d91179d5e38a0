using NewsPortal.Data.Tests;

namespace NewsPortal.Web.Tests.Hosting;

/// <summary>The portal listens where the standard ASP.NET Core settings say, not where appsettings.json pins it.</summary>
public sealed class AddressTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _folder = Reliability.PortalHost.NewFolder();

    [Fact]
    public async Task ASPNETCORE_URLS_chooses_the_address()
    {
        var port = PortalProcess.FreePort();
        var environment = await EnvironmentAsync();
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        await using var portal = PortalProcess.Start(AppContext.BaseDirectory, environment);

        await portal.WaitForOkAsync($"http://127.0.0.1:{port}/healthz");
    }

    [Fact]
    public async Task The_urls_argument_chooses_the_address()
    {
        var port = PortalProcess.FreePort();
        await using var portal = PortalProcess.Start(AppContext.BaseDirectory, await EnvironmentAsync(), "--urls", $"http://127.0.0.1:{port}");

        await portal.WaitForOkAsync($"http://127.0.0.1:{port}/healthz");
    }

    [Fact]
    public async Task ASPNETCORE_HTTP_PORTS_chooses_the_port()
    {
        var port = PortalProcess.FreePort();
        var environment = await EnvironmentAsync();
        environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var portal = PortalProcess.Start(AppContext.BaseDirectory, environment);

        await portal.WaitForOkAsync($"http://127.0.0.1:{port}/healthz");
    }

    public void Dispose() => Reliability.PortalHost.DeleteFolder(_folder);

    /// <summary>The test database, and everything the portal writes in this test's own folder.</summary>
    private async Task<Dictionary<string, string>> EnvironmentAsync() => new()
    {
        ["ConnectionStrings__NewsPortal"] = await postgres.CreateDatabaseAsync(),
        ["DataRoot"] = _folder,
        ["Ingestion__LoadSeedsOnEmptyDatabase"] = "false",
    };
}
