using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Web.Tests.Reliability;

namespace NewsPortal.Web.Tests.Pages.Data;

/// <summary>The /data page's button moves the inbox's failed files back, and the running inbox ingests them.</summary>
public sealed partial class RetryButtonTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task The_retry_button_moves_failed_files_back_and_the_inbox_ingests_them()
    {
        var database = await postgres.CreateDatabaseAsync();
        var folder = PortalHost.NewFolder();
        try
        {
            await using var portal = new PortalHost(database, folder);
            // A browser's manners: cookies kept (the antiforgery cookie), redirects shown rather than followed.
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = portal.Address };
            await portal.WaitUntilReadyAsync(client);
            // A page that failed before its cause was fixed (a parser upgrade, say), with its reason beside it.
            var page = new SyntheticCorpus(seed: 13).Page(1);
            var failed = Directory.CreateDirectory(Path.Combine(portal.InboxPath, "failed", "day")).FullName;
            await File.WriteAllBytesAsync(Path.Combine(failed, page.Name), page.Content);
            await File.WriteAllTextAsync(Path.Combine(failed, page.Name + ".reason.txt"), "no articles found");

            var before = await client.GetStringAsync("/data");
            Assert.Contains("<strong id=\"count-waiting-failed\">1</strong>", before);

            using var posted = await client.PostAsync("/data?handler=Retry", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(before) }));

            Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
            var after = await client.GetStringAsync(posted.Headers.Location!.OriginalString);
            Assert.Contains("已将 1 个失败文件移回收件箱", after);
            await PortalHost.Eventually(() => Task.FromResult(File.Exists(Path.Combine(portal.InboxPath, "processed", "day", page.Name))), "the retried page was never processed");
            Assert.False(File.Exists(Path.Combine(failed, page.Name + ".reason.txt")));
            await using var db = postgres.CreateContext(database);
            Assert.True(await db.Editions.AnyAsync(e => e.Sha256 == page.Sha256 && e.FileName == "day/" + page.Name));
        }
        finally
        {
            PortalHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task A_retry_posted_without_the_antiforgery_token_is_refused_and_moves_nothing()
    {
        var folder = PortalHost.NewFolder();
        try
        {
            await using var portal = new PortalHost(await postgres.CreateDatabaseAsync(), folder);
            using var client = portal.Client();
            await portal.WaitUntilReadyAsync(client);
            var failed = Directory.CreateDirectory(Path.Combine(portal.InboxPath, "failed")).FullName;
            await File.WriteAllTextAsync(Path.Combine(failed, "scan.bin"), "x");

            using var posted = await client.PostAsync("/data?handler=Retry", new FormUrlEncodedContent(new Dictionary<string, string>()));

            Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
            Assert.True(File.Exists(Path.Combine(failed, "scan.bin")));
        }
        finally
        {
            PortalHost.DeleteFolder(folder);
        }
    }

    private static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("no antiforgery token on /data");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
