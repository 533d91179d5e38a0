using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Articles;

/// <summary>The article page's one hand-written statement reads what EF's model says each article holds.</summary>
[Collection(PortalCollection.Name)]
public sealed class ArticlePageQueryTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_article_reads_as_the_model_loads_it()
    {
        await using var db = portal.CreateDbContext();
        var articles = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Edition)
            .Include(a => a.Entities).ThenInclude(e => e.Entity)
            .Include(a => a.Metrics).ThenInclude(m => m.SubjectEntity)
            .OrderBy(a => a.Id)
            .ToListAsync();
        Assert.NotEmpty(articles);
        Assert.Contains(articles, a => a.Metrics.Count > 0);
        Assert.Contains(articles, a => a.Entities.Count > 0);

        foreach (var expected in articles)
        {
            var page = await db.ArticlePageAsync(expected.Id, CancellationToken.None);

            Assert.NotNull(page);
            Assert.Equal(
                (expected.Title, expected.Kind, expected.Source, expected.Dateline, expected.EventDate, expected.PublishedOn, expected.Complete, expected.Continued, expected.Body),
                (page.Title, page.Kind, page.Source, page.Dateline, page.EventDate, page.PublishedOn, page.Complete, page.Continued, page.Body));
            Assert.Equal(expected.Subtitles, page.Subtitles);
            Assert.Equal(expected.Reporters, page.Reporters);
            Assert.Equal(expected.Paragraphs.Select(p => (p.Index, Spans: string.Join(";", p.Spans.Select(s => string.Join(",", s))))),
                page.Paragraphs.Select(p => (p.Index, Spans: string.Join(";", p.Spans.Select(s => string.Join(",", s))))));
            Assert.Equal(
                new EditionHeading(expected.Edition.Id, expected.Edition.Paper, expected.Edition.PageNumber, expected.Edition.PublishedOn, expected.Edition.RawText),
                page.Edition);
            Assert.Equal(
                expected.Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
                    .Select(e => new EntityMention(e.Entity.Kind, e.Entity.Name, e.Mentions)),
                page.Entities);
            Assert.Equal(
                expected.Metrics.OrderBy(m => m.Offset).ThenBy(m => m.Id).Select(m => (m.Id, m.Offset, m.Span, m.Value, m.Unit, m.BaseValue, m.BaseUnit,
                    m.Measure, Subject: m.SubjectEntity?.Name ?? m.Subject, m.Period, m.Kind, m.Status, m.Qualifier, m.Family, expected.Title, expected.PublishedOn)),
                page.Figures.Select(f => (f.Row.Id, f.Offset, f.Row.Span, f.Row.Value, f.Row.Unit, f.Row.BaseValue, f.Row.BaseUnit,
                    f.Row.Measure, f.Row.Subject, f.Row.Period, f.Row.Kind, f.Row.Status, f.Row.Qualifier, f.Row.Family, f.Row.ArticleTitle, f.Row.PublishedOn)));
        }
        Assert.Null(await db.ArticlePageAsync(articles.Max(a => a.Id) + 1000, CancellationToken.None));
    }

    [Fact]
    public async Task Every_article_reads_from_the_search_index_as_from_postgresql()
    {
        // The records were written at ingestion, from the rows as they were stored (figure ids included).
        var index = portal.Factory.Services.GetRequiredService<IArticleIndex>();
        await using var db = portal.CreateDbContext();
        var ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Assert.NotEmpty(ids);

        foreach (var id in ids)
        {
            var expected = await db.ArticlePageAsync(id, CancellationToken.None);
            var stored = IndexedArticlePage.Find(index, id);

            Assert.NotNull(stored);
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(stored));
        }
        Assert.Null(IndexedArticlePage.Find(index, ids.Max() + 1000));
    }
}
