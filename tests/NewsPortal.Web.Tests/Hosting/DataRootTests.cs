using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Tests;

namespace NewsPortal.Web.Tests.Hosting;

/// <summary>
/// A Production run of a checkout with no path settings: seeds come from the repository's seeds/ and the index,
/// inbox and logs go under its .data/, not under the content root (src/NewsPortal.Web).
/// </summary>
public sealed class DataRootTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _repository = Reliability.PortalHost.NewFolder();

    [Fact]
    public async Task A_production_run_of_a_checkout_loads_its_seeds_and_keeps_its_data_under_dot_data()
    {
        var contentRoot = Path.Combine(_repository, "src", "NewsPortal.Web");
        Directory.CreateDirectory(contentRoot);
        Directory.CreateDirectory(Path.Combine(_repository, "seeds"));
        await File.WriteAllTextAsync(Path.Combine(_repository, "NewsPortal.sln"), "");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(contentRoot, "appsettings.json"));
        var seed = Directory.GetFiles(Path.Combine(Infrastructure.PortalFixture.RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(seed, Path.Combine(_repository, "seeds", Path.GetFileName(seed)));
        var connectionString = await postgres.CreateDatabaseAsync();
        var port = PortalProcess.FreePort();

        await using (var portal = PortalProcess.Start(contentRoot, new Dictionary<string, string>
        {
            ["ConnectionStrings__NewsPortal"] = connectionString,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        }))
        {
            await portal.WaitForOkAsync($"http://127.0.0.1:{port}/readyz");
            await Reliability.PortalHost.Eventually(async () =>
            {
                await using var db = postgres.CreateContext(connectionString);
                return await db.Editions.AnyAsync();
            }, "the seed page was never ingested:\n" + portal.Output);
        }

        var data = Path.Combine(_repository, ".data");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data, "index")));
        Assert.True(Directory.Exists(Path.Combine(data, "inbox")), "no inbox under .data");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data, "logs"), "portal-*.log"));
        Assert.Equal(["appsettings.json"], Directory.GetFileSystemEntries(contentRoot).Select(Path.GetFileName));
    }

    public void Dispose() => Reliability.PortalHost.DeleteFolder(_repository);
}
