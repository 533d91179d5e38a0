using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>Builds the search index's view of a stored article.</summary>
internal static class ArticleDocuments
{
    /// <summary>From an article that was just inserted (its entity links carry ids only, so names come from the parse).</summary>
    public static ArticleDocument From(Article stored, ParsedArticle parsed) =>
        Build(stored, parsed.Entities.All().Select(m => (m.Kind, m.Mention.Name)));

    /// <summary>From an article read back with its entities (reindexing).</summary>
    public static ArticleDocument From(Article stored) =>
        Build(stored, stored.Entities.Select(l => (l.Entity.Kind, l.Entity.Name)));

    private static ArticleDocument Build(Article a, IEnumerable<(EntityKind Kind, string Name)> entities)
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
            [.. byKind[EntityKind.Person]]);
    }
}
