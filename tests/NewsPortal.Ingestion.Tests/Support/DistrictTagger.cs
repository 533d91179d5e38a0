using NewsPortal.Core.Pages;

namespace NewsPortal.Ingestion.Tests.Support;

/// <summary>
/// A predictable stand-in for the real extractors: every district named in an article is an entity,
/// and the first one is the subject of a figure. Keeps these tests about storage, not extraction.
/// </summary>
internal sealed class DistrictTagger : IArticleExtractor
{
    public static readonly string[] Districts = ["北碚区", "涪陵区", "铜梁区", "渝北区", "江北区", "永川区", "大足区", "合川区", "万州区", "南岸区"];

    public ParsedArticle Extract(ParsedArticle article)
    {
        var text = article.Title + "\n" + article.Body;
        var districts = Districts
            .Select(d => new EntityMention(d, Occurrences(text, d)))
            .Where(m => m.Count > 0)
            .ToList();
        var figures = districts.Take(1)
            .Select(d => new Figure { Span = d.Name, Value = d.Count, Unit = "次", Subject = d.Name, Kind = FigureKind.Count })
            .ToList();
        return article with { Entities = new ArticleEntities(districts, [], [], [], []), Figures = figures };
    }

    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
