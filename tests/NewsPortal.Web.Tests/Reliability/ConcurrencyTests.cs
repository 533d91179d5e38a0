using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Web.Tests.Reliability;

/// <summary>
/// Ingestion runs while eight clients search and browse. No request fails, and no search ever returns an
/// article whose rows are not committed: every hit resolves in PostgreSQL and opens as a page.
/// </summary>
public sealed class ConcurrencyTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const int Clients = 8;
    private static readonly string[] Words = ["产业集群", "涪陵区", "渝北区", "先进材料", "同比增长", "新质生产力", "生物医药", "企业", "万州区", "智能装备"];

    [Fact]
    public async Task Eight_clients_searching_and_browsing_during_ingestion_see_no_errors_and_only_committed_articles()
    {
        var database = await postgres.CreateDatabaseAsync();
        var folder = PortalHost.NewFolder();
        try
        {
            await using var portal = new PortalHost(database, folder);
            using var client = portal.Client();
            await portal.WaitUntilReadyAsync(client);
            var corpus = new SyntheticCorpus(seed: 17);
            await portal.Pipeline.IngestPagesAsync(corpus.Pages(5), null, CancellationToken.None);
            var contexts = portal.Services.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>();

            var failures = new ConcurrentQueue<string>();
            var requests = 0;
            var hitsChecked = 0;
            using var stop = new CancellationTokenSource();

            // Batches (deferred durability, one index refresh per flush) and single files, as the CLI and the inbox do.
            var ingestion = Task.Run(async () =>
            {
                for (var batch = 0; batch < 6; batch++)
                {
                    await portal.Pipeline.IngestPagesAsync(corpus.Pages(5 + (batch + 1) * 10).Skip(5 + batch * 10), null, CancellationToken.None);
                    await portal.Pipeline.IngestAsync(corpus.Page(1000 + batch), CancellationToken.None);
                }
            });

            var readers = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                var random = new Random(c);
                while (!stop.IsCancellationRequested)
                {
                    var word = Words[random.Next(Words.Length)];
                    var hits = await SearchAsync(client, word, failures);
                    Interlocked.Increment(ref requests);
                    if (hits.Count > 0)
                    {
                        await using var db = await contexts.CreateDbContextAsync();
                        var found = await db.Articles.Where(a => hits.Contains(a.Id)).Select(a => a.Id).ToListAsync();
                        foreach (var missing in hits.Except(found)) failures.Enqueue($"search for {word} returned article {missing}, which PostgreSQL does not hold");
                        Interlocked.Add(ref hitsChecked, hits.Count);
                        await ExpectOkAsync(client, $"/articles/{hits[random.Next(hits.Count)]}", failures);
                    }
                    var browse = random.Next(5) switch
                    {
                        0 => $"/search?q={Uri.EscapeDataString(word)}&page={random.Next(1, 3)}",
                        1 => $"/articles?page={random.Next(1, 4)}",
                        2 => $"/api/articles?page={random.Next(1, 4)}&sort=newest",
                        3 => "/districts",
                        _ => $"/?r={random.Next()}",
                    };
                    await ExpectOkAsync(client, browse, failures);
                    Interlocked.Add(ref requests, 2);
                }
            })).ToList();

            var clock = Stopwatch.StartNew();
            await ingestion;
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await Task.WhenAll(readers);

            Assert.True(failures.IsEmpty, $"{failures.Count} failure(s) in {requests} requests, first: {string.Join(" | ", failures.Take(5))}");
            Assert.True(requests >= Clients * 10, $"only {requests} requests in {clock.Elapsed.TotalSeconds:F0} s");
            Assert.True(hitsChecked > 0);
            await using var after = await contexts.CreateDbContextAsync();
            Assert.Equal(5 + 60 + 6, await after.Editions.CountAsync());
            Assert.Equal(await after.Articles.CountAsync(), portal.Services.GetRequiredService<NewsPortal.Search.IArticleIndex>().Count);
        }
        finally
        {
            PortalHost.DeleteFolder(folder);
        }
    }

    private static async Task<List<long>> SearchAsync(HttpClient client, string word, ConcurrentQueue<string> failures)
    {
        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(word)}&pageSize=50");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            failures.Enqueue($"{(int)response.StatusCode} for search {word}");
            return [];
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("articleId").GetInt64()).ToList();
    }

    private static async Task ExpectOkAsync(HttpClient client, string url, ConcurrentQueue<string> failures)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) failures.Enqueue($"{(int)response.StatusCode} for {url}");
    }
}
