using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion;

namespace NewsPortal.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port over a fresh PostgreSQL database holding the five seed pages and one
/// hostile page, ingested through the real pipeline. Shared by every test class in the "portal" collection.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    /// <summary>A page whose text tries to inject markup and script.</summary>
    public const string HostilePageName = "hostile_page.txt";
    public const string HostileMarker = "恶意脚本测试";
    public const string HostilePage = """
        恶意脚本测试<script>alert('xss')</script>标题

        恶意脚本测试<img src=x onerror=alert(1)>正文：涪陵区今年工业产值增长12%，"引号"与&符号都应原样显示。</p></div><script>document.title='pwned'</script>
        """;

    private readonly PostgresFixture _postgres = new();
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "newsportal-web-tests-" + Guid.NewGuid().ToString("N"));
    private PortalFactory? _factory;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("Not initialised.");
    public string ConnectionString { get; private set; } = "";
    public Uri BaseAddress { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task InitializeAsync()
    {
        ConnectionString = await _postgres.CreateDatabaseAsync();
        Directory.CreateDirectory(_workDirectory);
        _factory = new PortalFactory(ConnectionString, _workDirectory);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        _factory.ClientOptions.BaseAddress = BaseAddress;

        var pipeline = _factory.Services.GetRequiredService<IngestionPipeline>();
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal);
        var summary = await pipeline.IngestFilesAsync(seeds, null, CancellationToken.None);
        if (summary.Results.Any(r => r.Outcome == IngestOutcome.Failed))
        {
            throw new InvalidOperationException("A seed page failed to ingest: " + string.Join("; ", summary.Results.Select(r => r.Error)));
        }
        await pipeline.IngestAsync(new PageFile(HostilePageName, Encoding.UTF8.GetBytes(HostilePage)), CancellationToken.None);
    }

    /// <summary>A client of the real Kestrel endpoint (the factory's own clients talk to an in-memory server).</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public NewsPortalDbContext CreateDbContext() => _postgres.CreateContext(ConnectionString);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The index may still be closing; the temp folder is cleaned by the OS eventually.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsPortal.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find the repository root (NewsPortal.sln) above " + AppContext.BaseDirectory);
    }
}

/// <summary>The real Program, pointed at the test database and private folders, with limits out of the way.</summary>
public sealed class PortalFactory(string connectionString, string workDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:NewsPortal", connectionString);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Search:IndexPath", Path.Combine(workDirectory, "index"));
        builder.UseSetting("Ingestion:InboxPath", Path.Combine(workDirectory, "inbox"));
        builder.UseSetting("Ingestion:LoadSeedsOnEmptyDatabase", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(workDirectory, "logs", "portal-.log"));
        builder.UseSetting("RateLimits:SearchPermitLimit", "100000");
        builder.UseSetting("RateLimits:ApiPermitLimit", "100000");
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
