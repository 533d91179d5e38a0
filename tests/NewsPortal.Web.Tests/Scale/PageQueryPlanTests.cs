using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;

namespace NewsPortal.Web.Tests.Scale;

/// <summary>
/// Every page's statements, explained: none may scan articles, entities, article_entities or metrics from end to
/// end, so that no page costs more as the corpus grows (counts and top-N lists come from maintained aggregates).
/// </summary>
public sealed class PageQueryPlanTests(ScaleCorpusFixture corpus) : IClassFixture<ScaleCorpusFixture>
{
    public static TheoryData<string> Pages() => new()
    {
        "/",
        "/articles",
        "/articles?p=40",
        "/articles?district={district}",
        "/articles?cluster={cluster}",
        "/districts",
        "/districts/{district}",
        "/clusters",
        "/clusters/{cluster}",
        "/figures?district={district}",
        "/figures?district={district}&measure={measure}",
        "/districts/{district}?measure={measure}",
        "/figures?cluster={cluster}&measure={measure}",
        "/figures?measure={measure}",
        "/figures?handler=csv&measure={measure}",
        "/clusters/{cluster}?p=2",
        "/organizations",
        "/organizations/{organization}",
        "/people",
        "/people/{person}",
        "/data",
        "/compare?a=district:{district}&b=cluster:{cluster}",
        "/api/compare?a=district:{district}&b=cluster:{cluster}",
        "/api/articles",
        "/api/articles?district={district}",
        "/api/figures?district={district}",
        "/api/entities?kind=district",
        "/api/articles/{article}",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_scans_no_growing_table_from_end_to_end(string template)
    {
        var path = await FillAsync(template);
        var commands = await RecordAsync(path);
        Assert.NotEmpty(commands);

        var scans = await QueryPlans.SequentialScansAsync(corpus.ConnectionString, commands);

        Assert.True(scans.Count == 0, $"{path}: sequential scan of {string.Join(", ", scans.Select(s => s.Table))} in\n" +
            string.Join("\n---\n", scans.Select(s => s.Sql).Distinct()));
    }

    [Fact]
    public async Task The_check_finds_a_sequential_scan_when_there_is_one()
    {
        // A statement no index can serve (a computed predicate over every article): the check must flag it.
        var scans = await QueryPlans.SequentialScansAsync(corpus.ConnectionString,
            [new RecordedCommand("SELECT count(*) FROM articles WHERE length(title) > 3", [])]);

        Assert.Contains(scans, s => s.Table == "articles");
    }

    [Fact]
    public async Task Maintained_counts_equal_what_the_tables_hold()
    {
        await using var db = corpus.CreateDbContext();
        var totals = await db.CorpusTotals.SingleAsync();
        Assert.Equal(await db.Articles.CountAsync(), totals.Articles);
        Assert.Equal(await db.Editions.CountAsync(), totals.Editions);
        Assert.Equal(await db.Metrics.CountAsync(), totals.Figures);
        Assert.Equal(await db.IngestedFiles.CountAsync(), totals.FilesProcessed + totals.FilesFailed);

        var counted = await db.ArticleEntities.GroupBy(l => l.EntityId)
            .Select(g => new { Id = g.Key, Articles = g.Count(), Mentions = g.Sum(l => l.Mentions), Figures = g.Sum(l => l.Article.Metrics.Count) })
            .ToDictionaryAsync(c => c.Id);
        var stats = await db.EntityStats.Where(s => s.Articles > 0).ToListAsync();
        Assert.Equal(counted.Count, stats.Count);
        Assert.All(stats, s => Assert.Equal((counted[s.EntityId].Articles, counted[s.EntityId].Mentions, counted[s.EntityId].Figures), (s.Articles, s.Mentions, s.Figures)));

        var measures = await NewsPortal.Data.Tests.MeasureRecount.RecountAsync(db);
        Assert.NotEmpty(measures);
        Assert.Equal(measures, await NewsPortal.Data.Tests.MeasureRecount.MaintainedAsync(db));
        Assert.Equal(await NewsPortal.Data.Tests.MeasureRecount.FiguresRecountAsync(db), await NewsPortal.Data.Tests.MeasureRecount.FiguresMaintainedAsync(db));
    }

    [Fact]
    public async Task The_figures_of_one_district_and_measure_read_the_entity_its_count_and_the_corpus_version_in_one_statement()
    {
        var commands = await RecordAsync(await FillAsync("/figures?district={district}&measure={measure}"), warm: true);

        var head = Assert.Single(commands, c => c.Sql.Contains("corpus_totals"));
        Assert.Contains("entity_measure_stats", head.Sql);
        Assert.Contains("FROM entities", head.Sql);
        Assert.DoesNotContain(commands, c => c != head && (c.Sql.Contains("FROM entities") || c.Sql.Contains("entity_measure_stats")));
    }

    [Fact]
    public async Task The_chart_of_one_district_and_measure_reads_its_points_without_their_articles()
    {
        var commands = await RecordAsync(await FillAsync("/figures?district={district}&measure={measure}"), warm: true);

        // One statement (EntityMeasurePageQuery): only the table's page shows article titles; the chart's points carry
        // their dates in entity_figures.
        var statement = Assert.Single(commands, c => c.Sql.Contains("entity_figures"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(statement.Sql, "JOIN articles"));
        var chart = statement.Sql[statement.Sql.IndexOf("dated AS (", StringComparison.Ordinal)..statement.Sql.IndexOf("SELECT json_build_object", StringComparison.Ordinal)];
        Assert.Contains("period", chart);
        Assert.DoesNotContain("articles", chart);
    }

    [Fact]
    public async Task The_article_page_reads_nothing_from_postgresql_when_the_index_keeps_its_record()
    {
        // Its round trip cost the portal as much CPU as rendering the whole page, and PostgreSQL as much again.
        var commands = await RecordAsync(await FillAsync("/articles/{article}"), warm: true);

        Assert.Empty(commands);
    }

    /// <summary>The statement the article page runs when the index lacks the article's record (a rebuild, say).</summary>
    private async Task<RecordedCommand> ArticleStatementAsync()
    {
        var id = long.Parse((await FillAsync("/articles/{article}"))["/articles/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return new RecordedCommand(NewsPortal.Web.Pages.Articles.ArticlePageQuery.Sql, [new Npgsql.NpgsqlParameter<long>("id", id)]);
    }

    [Fact]
    public async Task The_article_statement_scans_no_growing_table_from_end_to_end()
    {
        var scans = await QueryPlans.SequentialScansAsync(corpus.ConnectionString, [await ArticleStatementAsync()]);

        Assert.Empty(scans);
    }

    [Fact]
    public async Task The_article_page_reads_its_article_in_one_statement_of_columns_not_a_json_document()
    {
        var statement = await ArticleStatementAsync();

        // PostgreSQL escaping the body and the page's raw text into JSON cost it more than finding the rows.
        Assert.DoesNotContain("json", statement.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("array_agg", statement.Sql);
    }

    [Fact]
    public async Task The_article_page_looks_its_entities_up_one_link_at_a_time_without_hashing_the_table()
    {
        var statement = await ArticleStatementAsync();

        // Planned as the portal gets it: joined to its few links, the entities table was read whole into a hash, twice a request.
        var plan = await QueryPlans.ExplainAsync(corpus.ConnectionString, statement.Sql, statement.Parameters, asPlanned: true);

        // (On this small corpus a lookup may still read the entities' one or two pages instead of their key.)
        var nodes = Nodes(System.Text.Json.JsonDocument.Parse(plan).RootElement).ToList();
        Assert.Contains(nodes, n => n.TryGetProperty("Relation Name", out var table) && table.GetString() == "entities");
        Assert.DoesNotContain(nodes, n => n.GetProperty("Node Type").GetString() is "Hash" or "Hash Join");
    }

    [Fact]
    public async Task The_csv_of_one_district_and_measure_is_one_index_only_range_of_its_exports()
    {
        // PostgreSQL joins that CSV's lines (read past EF, so not recorded): its statement is explained here.
        var path = await FillAsync("/figures?handler=csv&district={district}&measure={measure}");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://host" + path).Query);
        var command = new RecordedCommand(NewsPortal.Web.Pages.Figures.EntityFigureCsv.Sql,
            NewsPortal.Web.Pages.Figures.EntityFigureCsv.Parameters(EntityKind.District, query["district"]!, query["measure"]!));

        var scans = await QueryPlans.SequentialScansAsync(corpus.ConnectionString, [command]);
        var plan = await QueryPlans.ExplainAsync(corpus.ConnectionString, command.Sql, command.Parameters);

        Assert.Empty(scans);
        // The range is read from the key's leaf pages; no figure is looked up (an article only for a title too long to keep).
        Assert.Contains(Nodes(System.Text.Json.JsonDocument.Parse(plan).RootElement),
            n => n.GetProperty("Node Type").GetString() == "Index Only Scan" && n.GetProperty("Index Name").GetString() == "pk_entity_figure_exports");
        Assert.DoesNotContain("\"metrics\"", plan);
    }

    [Fact]
    public async Task A_district_page_reads_the_database_in_one_statement()
    {
        var commands = await RecordAsync(await FillAsync("/districts/{district}?measure={measure}"), warm: true);

        var statement = Assert.Single(commands);
        Assert.Contains("entity_figure_exports", statement.Sql);
        Assert.Contains("corpus_totals", statement.Sql);
    }

    private static IEnumerable<System.Text.Json.JsonElement> Nodes(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Nodes),
        System.Text.Json.JsonValueKind.Object => (element.TryGetProperty("Node Type", out _) ? [element] : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Nodes(p.Value))),
        _ => [],
    };

    /// <summary>
    /// The statements the portal ran to answer <paramref name="path"/> (which must answer 200); <paramref name="warm"/>:
    /// asked once before, so that lists kept for every request (the drop-downs) are not read again.
    /// </summary>
    private async Task<IReadOnlyList<RecordedCommand>> RecordAsync(string path, bool warm = false)
    {
        using var client = corpus.Factory.CreateClient();
        if (warm)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
        corpus.Recorder.Take();
        corpus.Recorder.Recording = true;
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(path);
        }
        finally
        {
            corpus.Recorder.Recording = false;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return corpus.Recorder.Take();
    }

    private async Task<string> FillAsync(string template)
    {
        await using var db = corpus.CreateDbContext();
        async Task<string> Top(EntityKind kind) => Uri.EscapeDataString(await db.EntityStats
            .Where(s => s.Kind == kind && s.Articles > 0).OrderByDescending(s => s.Articles).Select(s => s.Entity.Name).FirstAsync());
        var path = template;
        if (path.Contains("{district}")) path = path.Replace("{district}", await Top(EntityKind.District));
        if (path.Contains("{cluster}")) path = path.Replace("{cluster}", await Top(EntityKind.Cluster));
        if (path.Contains("{organization}")) path = path.Replace("{organization}", await Top(EntityKind.Organization));
        if (path.Contains("{person}")) path = path.Replace("{person}", await Top(EntityKind.Person));
        if (path.Contains("{measure}"))
        {
            path = path.Replace("{measure}", Uri.EscapeDataString(await db.Metrics.Where(m => m.Measure != null)
                .GroupBy(m => m.Measure!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync()));
        }
        if (path.Contains("{article}"))
        {
            path = path.Replace("{article}", (await db.Articles.OrderByDescending(a => a.FigureCount).Select(a => a.Id).FirstAsync()).ToString());
        }
        return path;
    }
}
