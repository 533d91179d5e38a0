using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;
using NewsPortal.Data.Records;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>Builds the search index's view of a stored article, with the record its page is served from.</summary>
internal static class ArticleDocuments
{
    /// <summary>
    /// From an article that was just stored, with its edition, its links' entities and its figures as written (entity
    /// names from the parse, which are the stored names: an entity's key is its kind and name).
    /// </summary>
    public static ArticleDocument From(Article stored, ParsedArticle parsed) =>
        Build(stored, parsed.Entities.All().Select(m => (m.Kind, m.Mention.Name)), stored.Edition.Articles[0].Id);

    /// <summary>
    /// From an article read back with its edition, entities and figures (reindexing); <paramref name="pageTextIn"/> is the
    /// id of its edition's first article, whose document keeps the page's text.
    /// </summary>
    public static ArticleDocument From(Article stored, long pageTextIn) =>
        Build(stored, stored.Entities.Select(l => (l.Entity.Kind, l.Entity.Name)), pageTextIn);

    private static ArticleDocument Build(Article a, IEnumerable<(EntityKind Kind, string Name)> entities, long pageTextIn)
    {
        var byKind = entities.Distinct().ToLookup(e => e.Kind, e => e.Name);
        return new ArticleDocument(
            a.Id,
            a.Title,
            a.Subtitles,
            a.Body,
            a.Source,
            a.Kind.ToString().ToLowerInvariant(),
            a.PublishedOn ?? a.EventDate,
            [.. byKind[EntityKind.District]],
            [.. byKind[EntityKind.Cluster]],
            [.. byKind[EntityKind.Industry]],
            [.. byKind[EntityKind.Organization]],
            [.. byKind[EntityKind.Person]])
        {
            Page = new ArticlePageData(ArticlePageRecord.Write(a), pageTextIn, pageTextIn == a.Id ? a.Edition.RawText : null),
        };
    }
}
