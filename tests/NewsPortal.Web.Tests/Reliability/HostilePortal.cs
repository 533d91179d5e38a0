using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Web.Tests.Reliability;

/// <summary>
/// One portal for the hostile-input tests: real pages, plus a page and an inbox file whose text and
/// file name carry script payloads, ingested the way an attacker's upload would be.
/// </summary>
public sealed class HostilePortal : IAsyncLifetime
{
    /// <summary>Markup that must never reach a page unescaped; each has a tell-tale prefix to look for.</summary>
    public static readonly (string Payload, string Tell)[] Scripts =
    [
        ("<script>alert('np-xss-1')</script>", "<script>alert("),
        ("<img src=x onerror=alert('np-xss-2')>", "<img src=x"),
        ("\"><svg onload=alert('np-xss-3')>", "<svg onload"),
        ("'><iframe src=javascript:alert('np-xss-4')>", "<iframe"),
        ("</textarea></title><body onload=alert('np-xss-5')>", "<body onload"),
    ];

    public const string HostileFileName = "<img src=x onerror=alert('np-xss-file')>.txt";

    public PortalHost Portal { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public long HostileArticleId { get; private set; }
    public long HostileEditionId { get; private set; }
    public int Articles { get; private set; }

    public static string HostilePage()
    {
        var payloads = string.Join(" ", Scripts.Select(s => s.Payload));
        return $"""


            重庆日报  2024年5月8日  星期三  第3版


            {Scripts[0].Payload}涪陵区加快建设先进材料产业集群{Scripts[1].Payload}

            本报讯(记者 王翔)5月7日,记者从涪陵区获悉,涪陵区规模以上工业产值达120亿元,同比增长8.5%。{payloads}

            {Scripts[2].Payload}涪陵区将继续推动产业集群发展,新增企业35家,带动就业1200人。{Scripts[3].Payload}

            =HYPERLINK("http://np-evil.example/")重庆化工有限公司{Scripts[4].Payload}投资12亿元建设新材料项目。


            """;
    }

    public async Task InitializeAsync()
    {
        var database = await new PostgresFixture().CreateDatabaseAsync();
        Portal = new PortalHost(database, PortalHost.NewFolder());
        Client = Portal.Client();
        await Portal.WaitUntilReadyAsync(Client);

        var pages = new SyntheticCorpus(seed: 23).Pages(12).ToList();
        var summary = await Portal.Pipeline.IngestPagesAsync(pages, null, CancellationToken.None);
        Assert.Equal(pages.Count, summary.Ingested);

        var hostile = await Portal.Pipeline.IngestAsync(new PageFile("hostile-page.txt", Encoding.UTF8.GetBytes(HostilePage())), CancellationToken.None);
        Assert.True(hostile.Succeeded, hostile.Error);
        HostileEditionId = hostile.EditionId!.Value;

        // The file name comes from whoever drops the file into the inbox.
        await File.WriteAllTextAsync(Path.Combine(Portal.InboxPath, HostileFileName), HostilePage().Replace("5月8日", "5月9日"));
        await PortalHost.Eventually(
            () => Task.FromResult(File.Exists(Path.Combine(Portal.InboxPath, "processed", HostileFileName))),
            "the inbox never took the hostile file");

        await using var db = Portal.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<NewsPortal.Data.NewsPortalDbContext>>().CreateDbContext();
        HostileArticleId = db.Articles
            .Where(a => a.EditionId == HostileEditionId && (a.Title.Contains("np-xss-1") || a.Body.Contains("np-xss-1")))
            .OrderBy(a => a.Position).Select(a => a.Id).First();
        Articles = db.Articles.Count();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Portal.DisposeAsync();
        PortalHost.DeleteFolder(Portal.Folder);
    }
}
