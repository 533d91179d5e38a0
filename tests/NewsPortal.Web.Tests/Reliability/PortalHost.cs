using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsPortal.Ingestion;

namespace NewsPortal.Web.Tests.Reliability;

/// <summary>
/// The whole portal on real Kestrel (so request-size limits are the real ones), over a given PostgreSQL database,
/// with its index, inbox and logs in a folder of its own. Rate limits are lifted: these tests are the only client.
/// Two hosts over the same folder and database are the same portal restarted.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services after Program's registrations (a test's stand-in).</param>
    public PortalHost(string connectionString, string folder, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Folder = folder;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:NewsPortal"] = connectionString,
            ["Search:IndexPath"] = IndexPath,
            ["Ingestion:InboxPath"] = InboxPath,
            ["Ingestion:SeedsPath"] = Path.Combine(folder, "seeds"),
            ["Ingestion:LoadSeedsOnEmptyDatabase"] = "false",
            ["Ingestion:PollInterval"] = "00:00:00.250",
            ["Ingestion:RetryDelay"] = "00:00:00.100",
            ["Ingestion:MaxRetryDelay"] = "00:00:01",
            ["Ingestion:MaxRetryAttempts"] = "3",
            ["RateLimits:SearchPermitLimit"] = "1000000",
            ["RateLimits:ApiPermitLimit"] = "1000000",
            ["urls"] = "http://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "portal-.log"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        UseKestrel(0);
    }

    /// <summary>A fresh folder under the temp directory; delete it with <see cref="DeleteFolder"/>.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsportal-portal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public string Folder { get; }

    public string IndexPath => Path.Combine(Folder, "index");

    public string InboxPath => Path.Combine(Folder, "inbox");

    public IngestionPipeline Pipeline => Services.GetRequiredService<IngestionPipeline>();

    /// <summary>A client of the running portal that follows no redirects, so each status is the one the portal sent.</summary>
    public HttpClient Client()
    {
        StartServer();
        return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Address });
    }

    /// <summary>Where Kestrel listens (a free loopback port chosen at start).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First());
        }
    }

    /// <summary>Waits until /readyz answers 200 (or the patience runs out).</summary>
    public async Task WaitUntilReadyAsync(HttpClient client) =>
        await Eventually(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "/readyz never answered 200");

    public static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"{failure} within {Patience.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration reaches Program.cs as arguments, before it reads the connection string and paths.
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (_services is not null) builder.ConfigureTestServices(_services);
    }
}
