using NewsPortal.Core;
using NewsPortal.Core.Pages;

namespace NewsPortal.Search.Tests.Fixtures;

/// <summary>
/// The five seed pages of the repository's seeds/ folder, parsed and extracted by Core as ingestion does,
/// one <see cref="ArticleDocument"/> per article; ids are running numbers, so judgments name titles instead.
/// </summary>
public static class SeedCorpus
{
    public static IReadOnlyList<ArticleDocument> Articles { get; } = Load();

    private static List<ArticleDocument> Load()
    {
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var articles = new List<ArticleDocument>();
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var page = analyzer.Analyze(File.ReadAllBytes(path), Path.GetFileName(path));
            foreach (var article in page.Articles)
            {
                articles.Add(ToDocument(articles.Count + 1, article, page.Edition));
            }
        }
        return articles;
    }

    private static ArticleDocument ToDocument(long id, ParsedArticle article, EditionInfo edition)
    {
        var entities = article.Entities;
        return new ArticleDocument(
            id,
            article.Title,
            article.Subtitles,
            article.Body,
            article.Source,
            article.Kind.ToString().ToLowerInvariant(),
            edition.Date ?? article.EventDate,
            [.. entities.Districts.Select(m => m.Name)],
            [.. entities.Clusters.Select(m => m.Name)],
            [.. entities.Industries.Select(m => m.Name)],
            [.. entities.Organizations.Select(m => m.Name)],
            [.. entities.People.Select(m => m.Name)]);
    }
}

/// <summary>One in-memory index over the seed corpus; articles are named by a distinctive piece of their title (or text, when untitled).</summary>
public sealed class IndexedSeedCorpus : IDisposable
{
    public IndexedSeedCorpus()
    {
        Index = LuceneArticleIndex.InMemory();
        Index.Upsert(SeedCorpus.Articles);
        Index.Refresh();
    }

    public LuceneArticleIndex Index { get; }

    public IReadOnlyList<long> Ids(string query) =>
        Index.Search(new SearchRequest(query, PageSize: LuceneArticleIndex.MaxPageSize)).Hits.Select(h => h.ArticleId).ToList();

    /// <summary>The one article whose title holds <paramref name="marker"/>, else whose subtitles or body do; a marker naming none or several fails.</summary>
    public ArticleDocument Article(string marker)
    {
        var byTitle = SeedCorpus.Articles.Where(a => a.Title.Contains(marker, StringComparison.Ordinal)).ToList();
        var found = byTitle.Count > 0
            ? byTitle
            : SeedCorpus.Articles.Where(a => a.Subtitles.Any(s => s.Contains(marker, StringComparison.Ordinal)) || a.Body.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"marker '{marker}' names {found.Count} seed articles: {string.Join(" | ", found.Select(a => a.Title))}");
        return found[0];
    }

    public void Dispose() => Index.Dispose();
}
