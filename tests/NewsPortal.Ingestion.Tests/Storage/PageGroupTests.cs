using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Core.Parsing;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Storage;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Storage;

/// <summary>Pages stored together in one transaction are stored as each would have been alone, in their order.</summary>
public sealed class PageGroupTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task A_subject_first_named_by_a_later_page_of_the_group_is_not_linked_to_an_earlier_one()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var analyzer = new PageAnalyzer(new PageParser(), new SubjectElsewhere("江北区"));
        var pages = new[] { ("a.txt", "北碚区"), ("b.txt", "江北区"), ("c.txt", "涪陵区") }
            .Select(p => Pages.Named(p.Item1, Pages.SimplePage(p.Item2, p.Item2 + "产业集群加快建设")))
            .Select(f => new PageToStore(f, analyzer.Analyze(f.Content, f.Name)))
            .ToList();

        var stored = await new EditionWriter(bed.Contexts, faults: null).WriteAsync(pages, Ct);

        Assert.NotNull(stored);
        await using var db = bed.Db();
        var jiangbei = await db.Entities.SingleAsync(e => e.Name == "江北区", Ct);
        var subjects = await db.Metrics.Select(m => new { m.Article.Edition.FileName, m.SubjectEntityId }).ToListAsync(Ct);
        // Alone, a.txt was stored before any page named 江北区; c.txt after b.txt had.
        Assert.All(subjects.Where(s => s.FileName == "a.txt"), s => Assert.Null(s.SubjectEntityId));
        Assert.All(subjects.Where(s => s.FileName != "a.txt"), s => Assert.Equal(jiangbei.Id, s.SubjectEntityId));
        Assert.Equal(3, subjects.Select(s => s.FileName).Distinct().Count());
    }

    [Fact]
    public async Task Pages_stored_together_store_what_they_store_one_at_a_time()
    {
        var pages = Enumerable.Range(0, 24).Select(Pages.Synthetic).ToList();
        // A later version of a page already given, and a page given twice (the same name goes to the same store worker, so
        // which copy comes first is settled; the same content under two names would race between workers, as in main).
        pages.Add(Pages.Synthetic(30) with { Path = pages[3].Path, Name = pages[3].Name });
        pages.Add(pages[5]);

        await using var together = await IngestionBed.CreateAsync(postgres);
        var grouped = await together.Pipeline().IngestPagesAsync(pages, null, Ct);
        await using var alone = await IngestionBed.CreateAsync(postgres);
        var single = new List<IngestResult>();
        foreach (var page in pages) single.Add(await alone.Pipeline().IngestAsync(page, Ct));

        Assert.Equal(single.Select(r => (r.Path, r.Outcome, r.Articles, r.Figures)).Order(),
            grouped.Results.Select(r => (r.Path, r.Outcome, r.Articles, r.Figures)).Order());
        Assert.Contains(grouped.Results, r => r.Outcome == IngestOutcome.Replaced);
        Assert.Contains(grouped.Results, r => r.Outcome == IngestOutcome.AlreadyIngested);
        Assert.Equal(await StoredAsync(alone), await StoredAsync(together));
        Assert.Equal(alone.Index.Count, together.Index.Count);
    }

    [Fact]
    public async Task A_page_that_fails_in_a_group_fails_alone()
    {
        await using var bed = await IngestionBed.CreateAsync(postgres);
        var pages = Enumerable.Range(0, 12).Select(Pages.Synthetic).ToList();
        var failing = pages[4].Name;

        var summary = await bed.Pipeline(new FailsAlways(failing)).IngestPagesAsync(pages, null, Ct);

        var failed = Assert.Single(summary.Results, r => r.Outcome == IngestOutcome.Failed);
        Assert.Equal(failing, Path.GetFileName(failed.Path));
        Assert.Equal(11, summary.Results.Count(r => r.Outcome == IngestOutcome.Ingested));
        Assert.Equal(11, (await bed.CountRowsAsync()).Editions);
    }

    /// <summary>What the pages read, without the ids (reserved in whatever order transactions ran).</summary>
    private static async Task<List<string>> StoredAsync(IngestionBed bed)
    {
        await using var db = bed.Db();
        var rows = await db.Database.SqlQueryRaw<string>("""
            SELECT concat_ws('|', 'article', e.file_name, e.sha256, a.position, a.title, md5(a.body), a.published_on) AS "Value"
            FROM articles a JOIN editions e ON e.id = a.edition_id
            UNION ALL
            SELECT concat_ws('|', 'link', e.sha256, a.position, n.kind, n.name, l.mentions, l.published_on)
            FROM article_entities l JOIN articles a ON a.id = l.article_id JOIN editions e ON e.id = a.edition_id JOIN entities n ON n.id = l.entity_id
            UNION ALL
            SELECT concat_ws('|', 'figure', e.sha256, a.position, m."offset", m.span, m.value, s.name)
            FROM metrics m JOIN articles a ON a.id = m.article_id JOIN editions e ON e.id = a.edition_id LEFT JOIN entities s ON s.id = m.subject_entity_id
            UNION ALL
            SELECT concat_ws('|', 'export', n.name, x.measure, x.day, e.sha256, a.position, x."offset", regexp_replace(x.line, '^[0-9]+,[0-9]+,', ''))
            FROM entity_figure_exports x JOIN entities n ON n.id = x.entity_id JOIN articles a ON a.id = x.article_id JOIN editions e ON e.id = a.edition_id
            UNION ALL
            SELECT concat_ws('|', 'stats', n.name, s.articles, s.mentions, s.figures) FROM entity_stats s JOIN entities n ON n.id = s.entity_id
            UNION ALL
            SELECT concat_ws('|', 'measure', n.name, s.measure, s.figures, s.latest_published_on) FROM entity_measure_stats s JOIN entities n ON n.id = s.entity_id
            UNION ALL
            SELECT concat_ws('|', 'totals', editions, articles, figures, files_processed, files_failed) FROM corpus_totals
            """).ToListAsync(Ct);
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every district named is an entity; every article's one figure is about <paramref name="subject"/>.</summary>
    private sealed class SubjectElsewhere(string subject) : IArticleExtractor
    {
        private readonly DistrictTagger _districts = new();

        public ParsedArticle Extract(ParsedArticle article)
        {
            var tagged = _districts.Extract(article);
            return tagged with { Figures = [new Figure { Span = "35家", Value = 35, Unit = "家", Subject = subject, Kind = FigureKind.Count }] };
        }
    }

    private sealed class FailsAlways(string name) : IIngestionFaults
    {
        public void AfterRowsInserted(PageFile file)
        {
            if (file.Name == name) throw new InvalidOperationException("injected failure after insert");
        }
    }
}
