using NewsPortal.Data.Records;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>
/// The article page read from the search index, without PostgreSQL: the record ingestion stored beside the article
/// (<see cref="ArticlePageRecord"/>) with its title, body and page text. Null when the index does not hold it (an index
/// being rebuilt, an article not indexed yet, a record of another version): the page then runs <see cref="ArticlePageQuery"/>.
/// </summary>
public static class IndexedArticlePage
{
    public static ArticlePage? Find(IArticleIndex index, long id)
    {
        if (index.FindArticlePage(id) is not { } stored
            || ArticlePageRecord.Read(stored.Record, stored.Id, stored.Title, stored.Body, stored.PageText) is not { } a)
        {
            return null;
        }
        var entities = a.Entities.ConvertAll(l => new EntityMention(l.Entity.Kind, l.Entity.Name, l.Mentions));
        entities.Sort(ArticlePageQuery.MostMentionedFirst);
        var figures = a.Metrics.ConvertAll(m => new FigureInBody(
            new FigureRow(m.Id, id, a.Title, a.PublishedOn, m.Span, m.Value, m.Unit, m.BaseValue, m.BaseUnit, m.Measure,
                m.Subject, m.Period, m.Kind, m.Status, m.Qualifier, m.Family),
            m.Offset));
        figures.Sort(ArticlePageQuery.InReadingOrder);
        var edition = a.Edition;
        return new ArticlePage(id, a.Title, a.Subtitles, a.Kind, a.Source, a.Dateline, a.Reporters, a.EventDate, a.PublishedOn,
            a.Complete, a.Continued, a.Body, a.Paragraphs,
            new EditionHeading(edition.Id, edition.Paper, edition.PageNumber, edition.PublishedOn, edition.RawText),
            entities, figures);
    }
}
