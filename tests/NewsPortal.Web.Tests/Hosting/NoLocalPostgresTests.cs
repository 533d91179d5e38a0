using NewsPortal.Data.Tests;

namespace NewsPortal.Web.Tests.Hosting;

/// <summary>With a connection string the portal needs no PostgreSQL binaries: the local-server code never runs.</summary>
public sealed class NoLocalPostgresTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _folder = Reliability.PortalHost.NewFolder();

    [Fact]
    public async Task With_a_connection_string_the_portal_starts_where_no_postgresql_binaries_are_found()
    {
        var port = PortalProcess.FreePort();
        var environment = NoBinaries(port);
        environment["ConnectionStrings__NewsPortal"] = await postgres.CreateDatabaseAsync();
        await using var portal = PortalProcess.Start(AppContext.BaseDirectory, environment);

        await portal.WaitForOkAsync($"http://127.0.0.1:{port}/readyz");
    }

    [Fact]
    public async Task Without_one_the_same_portal_stops_and_says_how_to_install_postgresql()
    {
        await using var portal = PortalProcess.Start(AppContext.BaseDirectory, NoBinaries(PortalProcess.FreePort()));

        Assert.NotEqual(0, await portal.WaitForExitAsync());
        Assert.Contains("apt-get install postgresql", portal.Output);
    }

    public void Dispose() => Reliability.PortalHost.DeleteFolder(_folder);

    private Dictionary<string, string> NoBinaries(int port) => new()
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["DataRoot"] = _folder,
        ["Ingestion__LoadSeedsOnEmptyDatabase"] = "false",
        ["EmbeddedPostgres__BinaryDirectories__0"] = Path.Combine(_folder, "no-postgresql-here"),
        ["PATH"] = Path.Combine(_folder, "no-binaries-here"),
    };
}
