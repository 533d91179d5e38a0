using NewsPortal.Data.Tests;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Data;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Web.Tests.Reliability;

/// <summary>
/// PostgreSQL goes away under a running portal, stopped by an administrator or crashed, and comes back on
/// the same address: readiness says so, pages stay friendly, inbox files wait, and everything recovers
/// without restarting the portal.
/// </summary>
public sealed class DatabaseDownTests
{
    [Theory]
    [InlineData("stopped")]
    [InlineData("crashed")]
    public async Task Portal_answers_503_and_friendly_pages_while_postgresql_is_down_and_recovers_when_it_returns(string how)
    {
        await using var postgres = await CrashablePostgres.StartAsync();
        await postgres.CreateDatabaseAsync("portal");
        var folder = PortalHost.NewFolder();
        try
        {
            await using var portal = new PortalHost(postgres.ConnectionStringFor("portal"), folder);
            using var client = portal.Client();
            await portal.WaitUntilReadyAsync(client);
            var corpus = new SyntheticCorpus(seed: 5);
            await portal.Pipeline.IngestPagesAsync(corpus.Pages(4), null, CancellationToken.None);
            var ids = await ArticleIdsAsync(portal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/articles/{ids[0]}")).StatusCode);

            if (how == "crashed") postgres.Crash();
            else await postgres.StopAsync();

            await PortalHost.Eventually(
                async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.ServiceUnavailable,
                "/readyz never answered 503");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            // An article the index does not hold is asked of PostgreSQL.
            foreach (var url in new[] { $"/articles/{ids[^1] + 1000}", "/articles?page=1", "/", "/districts", "/figures", "/data" })
            {
                using var page = await client.GetAsync(url);
                var html = await page.Content.ReadAsStringAsync();
                Assert.True((int)page.StatusCode is 500 or 503, $"{(int)page.StatusCode} for {url} while PostgreSQL is down");
                Assert.Contains("回到首页", html);                       // the friendly error page
                AssertNoInternals(html, url);
            }
            using (var api = await client.GetAsync("/api/articles"))
            {
                Assert.True((int)api.StatusCode is 500 or 503, $"{(int)api.StatusCode} for /api/articles");
                Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
                AssertNoInternals(await api.Content.ReadAsStringAsync(), "/api/articles");
            }
            // Search and the article page read only the index, so they keep answering.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=产业")).StatusCode);
            using (var article = await client.GetAsync($"/articles/{ids[1]}"))
            {
                Assert.Equal(HttpStatusCode.OK, article.StatusCode);
                Assert.Contains("在版面上", await article.Content.ReadAsStringAsync());
            }

            var waiting = corpus.Page(99);
            var inboxFile = Path.Combine(portal.InboxPath, waiting.Name);
            var seen = new System.Collections.Concurrent.ConcurrentQueue<InboxEvent>();
            portal.Services.GetServices<IHostedService>().OfType<InboxWatcher>().Single().Observed += seen.Enqueue;
            await File.WriteAllBytesAsync(inboxFile, waiting.Content);
            // The positive signal: the inbox took this file, ingestion found PostgreSQL down, and the inbox paused.
            await PortalHost.Eventually(
                () => Task.FromResult(seen.SkipWhile(e => !(e.Kind == InboxEventKind.Taken && e.File == waiting.Name)).Any(e => e.Kind == InboxEventKind.Paused)),
                "the inbox never took the file and paused while PostgreSQL was down");
            Assert.True(File.Exists(inboxFile), "the inbox file was taken while PostgreSQL was down");
            Assert.Empty(Directory.GetFiles(Path.Combine(portal.InboxPath, "failed")));

            await postgres.RestartAsync();

            await portal.WaitUntilReadyAsync(client);
            await PortalHost.Eventually(
                async () => (await client.GetAsync($"/articles/{ids[2]}")).StatusCode == HttpStatusCode.OK,
                "article pages never recovered");
            await PortalHost.Eventually(
                () => Task.FromResult(File.Exists(Path.Combine(portal.InboxPath, "processed", waiting.Name))),
                "the waiting inbox file was never ingested");
            await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>().CreateDbContextAsync())
            {
                Assert.True(await db.Editions.AnyAsync(e => e.Sha256 == waiting.Sha256));
            }
            // Recovered for good, not by luck: every page answers again.
            foreach (var url in new[] { $"/articles/{ids[3]}", "/articles?page=2", "/districts?page=1", "/data", "/api/articles?page=1" })
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            }
        }
        finally
        {
            PortalHost.DeleteFolder(folder);
        }
    }

    private static async Task<List<long>> ArticleIdsAsync(PortalHost portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>().CreateDbContextAsync();
        return await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).Take(4).ToListAsync();
    }

    private static void AssertNoInternals(string body, string url)
    {
        foreach (var internals in new[] { "Npgsql", "Exception", "   at ", "127.0.0.1" })
        {
            Assert.False(body.Contains(internals, StringComparison.Ordinal), $"{url} revealed '{internals}'");
        }
    }
}
