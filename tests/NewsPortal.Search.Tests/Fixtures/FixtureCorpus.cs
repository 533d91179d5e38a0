using System.Text.Json;

namespace NewsPortal.Search.Tests.Fixtures;

/// <summary>The hand-written articles of Fixtures/articles.json, the corpus the relevance judgments refer to.</summary>
public static class FixtureCorpus
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ArticleDocument> Articles { get; } = Load();

    public static ArticleDocument Article(long id) => Articles.Single(a => a.Id == id);

    private static List<ArticleDocument> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles.json");
        return JsonSerializer.Deserialize<List<ArticleDocument>>(File.ReadAllText(path), Json)!;
    }
}

/// <summary>One in-memory index over the fixture corpus, shared by the tests of a class that only read it.</summary>
public sealed class IndexedCorpus : IDisposable
{
    public IndexedCorpus()
    {
        Index = LuceneArticleIndex.InMemory();
        Index.Upsert(FixtureCorpus.Articles);
        Index.Refresh();
    }

    public LuceneArticleIndex Index { get; }

    public IReadOnlyList<long> Ids(string query, int max = 100) =>
        Index.Search(new SearchRequest(query, PageSize: max)).Hits.Select(h => h.ArticleId).ToList();

    public void Dispose() => Index.Dispose();
}
