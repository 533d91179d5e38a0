using System.Diagnostics;
using NewsPortal.Core;
using NewsPortal.Core.Pages;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Search;
using Npgsql;
using NpgsqlTypes;

namespace NewsPortal.Cli;

/// <summary>One synthetic article as both sides of the search benchmark see it.</summary>
internal sealed record SearchBenchArticle(long Id, int Page, int Position, DateOnly? Date, ParsedArticle Parsed, string SearchText);

/// <summary>
/// The articles of `bench search`: synthetic pages (<see cref="SyntheticCorpus"/>) parsed and extracted by Core, as
/// ingestion does, then loaded into PostgreSQL with binary COPY and into a Lucene index on disk.
/// </summary>
/// <remarks>
/// Lucene matches a query word in the body, the title, the subtitles and the tagged entity names; PostgreSQL's
/// trigram index covers <c>articles.body</c> only. So that both sides search the same text, each article's
/// searched text (title, subtitles, body and entity names, one per line) is the body on both sides.
/// </remarks>
internal static class SearchBenchCorpus
{
    /// <summary>
    /// Threads for the one-off load (parsing, indexing). More than the cores: on a machine shared with other
    /// builds, the scheduler shares CPU per thread, and a load of 100,000 articles on two threads took over half an hour.
    /// </summary>
    private static readonly int LoadThreads = Environment.ProcessorCount * 4;

    public static List<SearchBenchArticle> Generate(int seed, int count, CancellationToken ct)
    {
        var corpus = new SyntheticCorpus(seed);
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var articles = new List<SearchBenchArticle>(count);
        int nextPage = 0;
        while (articles.Count < count)
        {
            // About 4.5 articles a page: ask for a little more than the rest needs, parsed in parallel, kept in page order.
            int pages = Math.Max(64, (count - articles.Count) / 4 + 16);
            var parsed = Enumerable.Range(nextPage, pages).AsParallel().AsOrdered().WithDegreeOfParallelism(LoadThreads).WithCancellation(ct)
                .Select(n => (Number: n, Page: Analyze(analyzer, corpus.Page(n))))
                .ToList();
            nextPage += pages;
            foreach (var (number, page) in parsed)
            {
                for (int position = 0; position < page.Articles.Count && articles.Count < count; position++)
                {
                    var article = page.Articles[position];
                    articles.Add(new SearchBenchArticle(articles.Count + 1, number, position, page.Edition.Date ?? article.EventDate, article, SearchText(article)));
                }
            }
        }
        return articles;
    }

    private static ParsedPage Analyze(PageAnalyzer analyzer, NewsPortal.Ingestion.PageFile file) => analyzer.Analyze(file.Content, file.Path);

    private static string SearchText(ParsedArticle article) =>
        string.Join('\n', new[] { article.Title }
            .Concat(article.Subtitles)
            .Append(article.Body)
            .Concat(article.Entities.All().Select(e => e.Mention.Name).Distinct(StringComparer.Ordinal)));

    public static ArticleDocument ToDocument(SearchBenchArticle article)
    {
        var entities = article.Parsed.Entities;
        return new ArticleDocument(
            article.Id,
            article.Parsed.Title,
            [],
            article.SearchText,
            article.Parsed.Source,
            article.Parsed.Kind.ToString().ToLowerInvariant(),
            article.Date,
            [.. entities.Districts.Select(m => m.Name)],
            [.. entities.Clusters.Select(m => m.Name)],
            [.. entities.Industries.Select(m => m.Name)],
            [.. entities.Organizations.Select(m => m.Name)],
            [.. entities.People.Select(m => m.Name)]);
    }

    /// <summary>Upserts from every core at once (the writer is thread-safe), then commits and reopens the searchers.</summary>
    public static void Index(LuceneArticleIndex index, IReadOnlyList<SearchBenchArticle> articles, CancellationToken ct)
    {
        var batches = articles.Chunk(1_000).ToList();
        Parallel.ForEach(batches, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = LoadThreads },
            batch => index.Upsert(batch.Select(ToDocument)));
        index.Refresh();
    }

    /// <summary>
    /// Binary COPY of one edition per page and the articles, then the baseline's trigram index built once (the portal's
    /// schema has none: search is Lucene's), then VACUUM ANALYZE so the planner knows the table.
    /// Returns the time of the COPY and of the index build.
    /// </summary>
    public static async Task<(TimeSpan Copy, TimeSpan TrigramIndex)> LoadAsync(NpgsqlConnection connection, IReadOnlyList<SearchBenchArticle> articles, CancellationToken ct)
    {
        var copy = Stopwatch.StartNew();
        await ExecuteAsync(connection, "DROP INDEX IF EXISTS \"ix_articles_body_trgm\"", ct);
        await using (var editions = await connection.BeginBinaryImportAsync(
            "COPY editions (id, file_name, sha256, paper, published_on, raw_text, ingested_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var page in articles.GroupBy(a => a.Page))
            {
                await editions.StartRowAsync(ct);
                await editions.WriteAsync((long)page.Key + 1, NpgsqlDbType.Bigint, ct);
                await editions.WriteAsync($"synthetic_{page.Key:D6}.txt", NpgsqlDbType.Text, ct);
                await editions.WriteAsync(page.Key.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, ct);
                await editions.WriteAsync("重庆日报", NpgsqlDbType.Text, ct);
                await WriteDateAsync(editions, page.First().Date, ct);
                await editions.WriteAsync("", NpgsqlDbType.Text, ct);
                await editions.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
            await editions.CompleteAsync(ct);
        }
        await using (var rows = await connection.BeginBinaryImportAsync(
            "COPY articles (id, edition_id, position, title, subtitles, kind, source, reporters, published_on, complete, body, paragraphs) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var article in articles)
            {
                var parsed = article.Parsed;
                await rows.StartRowAsync(ct);
                await rows.WriteAsync(article.Id, NpgsqlDbType.Bigint, ct);
                await rows.WriteAsync((long)article.Page + 1, NpgsqlDbType.Bigint, ct);
                await rows.WriteAsync(article.Position, NpgsqlDbType.Integer, ct);
                await rows.WriteAsync(parsed.Title, NpgsqlDbType.Text, ct);
                await rows.WriteAsync(parsed.Subtitles.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await rows.WriteAsync(parsed.Kind.ToString(), NpgsqlDbType.Text, ct);
                if (parsed.Source is null) await rows.WriteNullAsync(ct);
                else await rows.WriteAsync(parsed.Source, NpgsqlDbType.Text, ct);
                await rows.WriteAsync(parsed.Reporters.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await WriteDateAsync(rows, article.Date, ct);
                await rows.WriteAsync(parsed.Complete, NpgsqlDbType.Boolean, ct);
                await rows.WriteAsync(article.SearchText, NpgsqlDbType.Text, ct);
                await rows.WriteAsync("[]", NpgsqlDbType.Jsonb, ct);
            }
            await rows.CompleteAsync(ct);
        }
        copy.Stop();

        var build = Stopwatch.StartNew();
        await ExecuteAsync(connection, "SET maintenance_work_mem = '256MB'", ct);
        await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS pg_trgm", ct);
        await ExecuteAsync(connection, "CREATE INDEX \"ix_articles_body_trgm\" ON articles USING gin (body gin_trgm_ops)", ct);
        await ExecuteAsync(connection, "VACUUM ANALYZE editions", ct);
        await ExecuteAsync(connection, "VACUUM ANALYZE articles", ct);
        build.Stop();
        return (copy.Elapsed, build.Elapsed);
    }

    private static async Task WriteDateAsync(NpgsqlBinaryImporter importer, DateOnly? date, CancellationToken ct)
    {
        if (date is { } day) await importer.WriteAsync(day, NpgsqlDbType.Date, ct);
        else await importer.WriteNullAsync(ct);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
