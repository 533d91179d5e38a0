using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Search;

namespace NewsPortal.Web.Tests.Reliability;

/// <summary>
/// The index is lost while the portal is down; at the next start the portal rebuilds it in the background: it serves
/// pages and /healthz meanwhile, and /readyz says "rebuilding, N%" until the index is whole again.
/// </summary>
public sealed class IndexRebuildReadinessTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Readyz_reports_the_rebuild_s_progress_while_the_portal_serves_then_ready()
    {
        var database = await postgres.CreateDatabaseAsync();
        var folder = PortalHost.NewFolder();
        var held = new HeldRebuild();
        try
        {
            int articles;
            await using (var first = new PortalHost(database, folder))
            {
                using var client = first.Client();
                await first.WaitUntilReadyAsync(client);
                await first.Pipeline.IngestPagesAsync(new SyntheticCorpus(seed: 3).Pages(12), null, CancellationToken.None);
                await using var db = postgres.CreateContext(database);
                articles = await db.Articles.CountAsync();
                Directory.Delete(first.IndexPath, recursive: true); // the folder is only read again at the next start
            }
            Assert.True(articles > 0);

            await using var second = new PortalHost(database, folder, services: s =>
                s.AddSingleton<IArticleIndexWriter>(sp => held.Around(sp.GetRequiredService<LuceneArticleIndex>())));
            using var again = second.Client();

            await ReadyzSaysAsync(again, $"search-index: Unhealthy (rebuilding, 0% (0 of {articles} articles))");
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/search?q=产业")).StatusCode);

            held.Batches.Release(int.MaxValue / 2);
            await ReadyzSaysAsync(again, $"search-index: Unhealthy (rebuilding, 99% ({articles} of {articles} articles))");
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/healthz")).StatusCode);

            held.Completion.Release();
            await second.WaitUntilReadyAsync(again);
            var ready = await (await again.GetAsync("/readyz")).Content.ReadAsStringAsync();
            Assert.Contains($"search-index: Healthy (search index open, {articles} document(s))", ready);
        }
        finally
        {
            held.Batches.Release(int.MaxValue / 2);
            held.Completion.Release();
            PortalHost.DeleteFolder(folder);
        }
    }

    /// <summary>Polls /readyz until it answers 503 with <paramref name="line"/> in its report.</summary>
    private static Task ReadyzSaysAsync(HttpClient client, string line) =>
        PortalHost.Eventually(async () =>
        {
            using var response = await client.GetAsync("/readyz");
            return response.StatusCode == HttpStatusCode.ServiceUnavailable && (await response.Content.ReadAsStringAsync()).Contains(line, StringComparison.Ordinal);
        }, $"/readyz never said \"{line}\"");

    /// <summary>Holds the rebuild before its first batch and before its last step until the test lets each go.</summary>
    private sealed class HeldRebuild
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

        public SemaphoreSlim Batches { get; } = new(0);
        public SemaphoreSlim Completion { get; } = new(0);

        public IArticleIndexWriter Around(LuceneArticleIndex index) => new Writer(index, this);

        private sealed class Writer(LuceneArticleIndex index, HeldRebuild held) : IArticleIndexWriter
        {
            public IndexOpenStatus OpenStatus => index.OpenStatus;
            public string? OpenProblem => index.OpenProblem;
            public int Count => index.Count;

            public void Upsert(IEnumerable<ArticleDocument> documents)
            {
                held.Batches.Wait(Patience);
                index.Upsert(documents);
            }

            public void Delete(IEnumerable<long> articleIds) => index.Delete(articleIds);
            public void Clear() => index.Clear();
            public void Refresh() => index.Refresh();
            public long Generation => index.Generation;
            public int SegmentCount => index.SegmentCount;
            public void MergeSegments(int maxSegments) => index.MergeSegments(maxSegments);

            public void CompleteRebuild()
            {
                held.Completion.Wait(Patience);
                ((IArticleIndexWriter)index).CompleteRebuild();
            }
        }
    }
}
