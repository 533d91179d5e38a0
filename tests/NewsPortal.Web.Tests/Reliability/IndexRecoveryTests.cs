using System.Globalization;
using System.Net;
using System.Text.Json;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Web.Tests.Reliability;

/// <summary>
/// The index folder is deleted or damaged while the portal is down; at the next start the portal rebuilds
/// it from PostgreSQL and answers every query as it did before.
/// </summary>
public sealed class IndexRecoveryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string[] Queries =
    [
        "q=产业集群", "q=涪陵区", "q=%22规模以上工业产值%22", "q=新质生产力 -涪陵区", "q=先进材料 OR 生物医药", "q=同比增长&district=渝北区",
        "q=&kind=news", "q=企业&from=2024-01-01&to=2024-12-31", "q=重庆",
    ];

    [Theory]
    [InlineData("deleted")]
    [InlineData("emptied")]
    [InlineData("truncated")]
    [InlineData("overwritten")]
    public async Task Index_folder_lost_or_damaged_is_rebuilt_at_start_up_and_answers_as_before(string damage)
    {
        var database = await postgres.CreateDatabaseAsync();
        var folder = PortalHost.NewFolder();
        try
        {
            Dictionary<string, string> before;
            string indexPath;
            await using (var first = new PortalHost(database, folder))
            {
                using var client = first.Client();
                await first.WaitUntilReadyAsync(client);
                var summary = await first.Pipeline.IngestPagesAsync(new SyntheticCorpus(seed: 11).Pages(30), null, CancellationToken.None);
                Assert.Equal(30, summary.Ingested);
                before = await AnswersAsync(client);
                indexPath = first.IndexPath;
            }
            Assert.Contains(before.Values, a => !a.StartsWith("0|", StringComparison.Ordinal)); // the queries do find something

            Damage(indexPath, damage);

            await using var second = new PortalHost(database, folder);
            using var again = second.Client();
            await second.WaitUntilReadyAsync(again);
            var after = await AnswersAsync(again);

            Assert.All(Queries, q => Assert.Equal(before[q], after[q]));
        }
        finally
        {
            PortalHost.DeleteFolder(folder);
        }
    }

    /// <summary>
    /// Each query's total, facets and every hit over all pages; hits of equal score are put in id order,
    /// which is all a rebuild may change.
    /// </summary>
    private static async Task<Dictionary<string, string>> AnswersAsync(HttpClient client)
    {
        var answers = new Dictionary<string, string>();
        foreach (var query in Queries)
        {
            var hits = new List<(long Id, double Score)>();
            string facets = "";
            var total = 0;
            for (var page = 1; page == 1 || hits.Count < total; page++)
            {
                using var response = await client.GetAsync($"/api/search?pageSize=100&page={page}&{query}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var root = json.RootElement;
                total = root.GetProperty("total").GetInt32();
                facets = root.GetProperty("facets").GetRawText();
                var onPage = root.GetProperty("hits").EnumerateArray()
                    .Select(h => (h.GetProperty("articleId").GetInt64(), Math.Round(h.GetProperty("score").GetDouble(), 3)))
                    .ToList();
                if (onPage.Count == 0) break;
                hits.AddRange(onPage);
            }
            var ordered = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id)
                .Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Id}:{h.Score}"));
            answers[query] = $"{total}|{facets}|{string.Join(',', ordered)}";
        }
        return answers;
    }

    private static void Damage(string indexPath, string damage)
    {
        var files = Directory.GetFiles(indexPath);
        Assert.NotEmpty(files);
        switch (damage)
        {
            case "deleted":
                Directory.Delete(indexPath, recursive: true);
                break;
            case "emptied":
                foreach (var file in files) File.Delete(file);
                break;
            case "truncated":
                foreach (var file in files.Where(IsIndexData))
                {
                    using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
                    stream.SetLength(stream.Length / 2);
                }
                break;
            case "overwritten":
                var random = new Random(9);
                foreach (var file in files.Where(IsIndexData))
                {
                    var bytes = new byte[Math.Max(64, new FileInfo(file).Length)];
                    random.NextBytes(bytes);
                    File.WriteAllBytes(file, bytes);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "unknown damage");
        }
    }

    /// <summary>The index's own files; the lock files say who has the folder open and hold no index data.</summary>
    private static bool IsIndexData(string file) =>
        !file.EndsWith("write.lock", StringComparison.Ordinal)
        && !file.EndsWith(NewsPortal.Search.LuceneArticleIndex.ProcessLockFile, StringComparison.Ordinal);
}
