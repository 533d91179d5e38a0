using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Search;

namespace NewsPortal.Cli.Tests;

/// <summary>A fresh database, a folder of synthetic pages, an index path and the settings that point the CLI at them.</summary>
internal sealed class OperationsBed(PostgresFixture postgres, string connectionString, string folder) : IDisposable
{
    public static async Task<OperationsBed> CreateAsync(PostgresFixture postgres)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsportal-cli-ops-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        return new OperationsBed(postgres, await postgres.CreateDatabaseAsync(), folder);
    }

    public string ConnectionString => connectionString;
    public string Folder => folder;
    public string Pages => Path.Combine(folder, "pages");
    public string IndexPath => Path.Combine(folder, "index");

    public Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:NewsPortal"] = connectionString,
        ["Search:IndexPath"] = IndexPath,
        ["Ingestion:InboxPath"] = Path.Combine(folder, "inbox"),
    };

    public Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(Settings, args);

    public async Task WritePagesAsync(int count)
    {
        foreach (var page in new SyntheticCorpus(seed: 5).Pages(count))
            await File.WriteAllBytesAsync(Path.Combine(Pages, page.Name), page.Content);
    }

    public NewsPortalDbContext Db() => postgres.CreateContext(connectionString);

    public async Task<(int Editions, int Articles, int Entities, int Figures)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Editions.CountAsync(), await db.Articles.CountAsync(), await db.Entities.CountAsync(), await db.Metrics.CountAsync());
    }

    /// <summary>Opens the CLI's index after the command has closed it, and runs one search.</summary>
    public (int Count, IReadOnlyList<long> Ids) Search(string query)
    {
        using var index = LuceneArticleIndex.Open(IndexPath);
        var result = index.Search(new SearchRequest(query, PageSize: 100));
        return (index.Count, result.Hits.Select(h => h.ArticleId).ToList());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
