using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Data.Hosting;
using NewsPortal.Search;
using NewsPortal.Search.Benchmarks;
using Npgsql;

namespace NewsPortal.Cli;

/// <summary>
/// `newsportal bench search [--articles N] [--rounds R] [--sql-rounds R] [--seed S] [--keep] [--reuse DATABASE]`: the same queries
/// on Lucene and on PostgreSQL (<c>ILIKE</c> over a pg_trgm GIN index) over N synthetic articles in a fresh
/// database and a fresh index on disk; checks that both find the same articles, then reports latency side by side.
/// </summary>
internal static class BenchSearchCommand
{
    private const string Usage = "usage: newsportal bench search [--articles N] [--rounds R] [--sql-rounds R] [--seed S] [--keep] [--reuse DATABASE]";

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string> { "--articles", "--rounds", "--seed", "--reuse", "--sql-rounds" }, new HashSet<string> { "--keep" });
        var count = options.Int("--articles", 100_000);
        var rounds = options.Int("--rounds", 20);
        var sqlRounds = options.Int("--sql-rounds", 5);
        var seed = options.Int("--seed", 1, min: 0);
        if (options.Error is not null || count is null || rounds is null || sqlRounds is null || seed is null || options.Operands.Count > 0)
        {
            await console.Error.WriteLineAsync($"newsportal bench search: {options.Error ?? "takes no operands"}. {Usage}");
            return 2;
        }

        await using var cli = await CliServices.StartAsync(console, verbose: false, ct);
        if (cli is null) return 3;
        var server = await cli.Get<NewsPortalDatabase>().GetConnectionStringAsync(ct);
        var reuse = options.Value("--reuse");
        var database = reuse ?? $"newsportal_search_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ConnectionString;
        var indexPath = Path.Combine(Path.GetTempPath(), database + "_index");
        bool keep = options.Flag("--keep") || reuse is not null;
        if (reuse is null) await AdminAsync(server, $"CREATE DATABASE \"{database}\"", ct);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            using var index = LuceneArticleIndex.Open(indexPath, IndexCheck.Structure);
            var loading = reuse is null
                ? await LoadAsync(connectionString, connection, index, count.Value, seed.Value, console, ct)
                : await ReuseAsync(connection, index, database, ct);

            int segments = index.SegmentCount;
            var merging = Stopwatch.StartNew();
            index.MergeSegments(1); // as a rebuild would, before serving: one term lookup per query word instead of one per segment
            merging.Stop();
            await console.Error.WriteLineAsync($"bench search: merged the Lucene index from {segments} segments to {index.SegmentCount} in {merging.Elapsed.TotalSeconds:F0} s; measuring...");

            var postgres = new PostgresSide(connection, ServerCpu.OfBackend(connection.ProcessID));
            var queries = SearchBenchQuery.Shared;
            var mismatches = await CompareHitSetsAsync(index, postgres, queries, console.Out, ct);
            var results = await MeasureAsync(index, postgres, queries, rounds.Value, sqlRounds.Value, ct);
            var lucene = new SearchBenchmark(index).Run(SearchBenchmark.TypicalQueries, rounds.Value, warmupRounds: 1, cancellationToken: ct);

            var sizes = new Sizes(await ScalarAsync<long>(connection, "SELECT sum(length(body))::bigint FROM articles", ct),
                await ScalarAsync<long>(connection, "SELECT pg_total_relation_size('articles')", ct),
                await ScalarAsync<long>(connection, "SELECT pg_relation_size('\"ix_articles_body_trgm\"')", ct), DirectorySize(indexPath));
            var postgresVersion = await ScalarAsync<string>(connection, "SELECT current_setting('server_version')", ct);
            await WriteReportAsync(console.Out, new Setup(index.Count, seed.Value, rounds.Value, sqlRounds.Value, loading with { Merge = merging.Elapsed, SegmentsBefore = segments }, sizes, postgresVersion),
                results, lucene, mismatches);
            return mismatches == 0 ? 0 : 1;
        }
        finally
        {
            if (!keep)
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);
                if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
            }
            else
            {
                await console.Error.WriteLineAsync($"kept database {database} and index {indexPath} (--reuse {database} measures them again)");
            }
        }
    }

    private sealed record Loading(TimeSpan Generated, TimeSpan Copy, TimeSpan Trigram, TimeSpan Indexing, bool Reused)
    {
        public TimeSpan Merge { get; init; }
        public int SegmentsBefore { get; init; }
    }

    /// <summary>Migrates the fresh database, generates the corpus and loads it into both sides.</summary>
    private static async Task<Loading> LoadAsync(string connectionString, NpgsqlConnection connection, LuceneArticleIndex index, int count, int seed, CliConsole console, CancellationToken ct)
    {
        var builder = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(builder, connectionString);
        await using (var db = new NewsPortalDbContext(builder.Options))
        {
            await db.Database.MigrateAsync(ct);
        }

        var clock = Stopwatch.StartNew();
        var articles = SearchBenchCorpus.Generate(seed, count, ct);
        var generated = clock.Elapsed;
        await console.Error.WriteLineAsync($"bench search: {articles.Count} articles generated and parsed in {generated.TotalSeconds:F0} s; loading PostgreSQL...");

        await connection.OpenAsync(ct);
        var (copy, trigram) = await SearchBenchCorpus.LoadAsync(connection, articles, ct);
        await console.Error.WriteLineAsync($"bench search: PostgreSQL loaded (COPY {copy.TotalSeconds:F0} s, trigram index {trigram.TotalSeconds:F0} s); indexing Lucene...");

        clock.Restart();
        SearchBenchCorpus.Index(index, articles, ct);
        var indexing = clock.Elapsed;
        articles.Clear(); // the parsed pages weigh about a gigabyte: let them go before measuring
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new Loading(generated, copy, trigram, indexing, Reused: false);
    }

    /// <summary>A database and index kept by an earlier run (--keep): measured again without loading.</summary>
    private static async Task<Loading> ReuseAsync(NpgsqlConnection connection, LuceneArticleIndex index, string database, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        long rows = await ScalarAsync<long>(connection, "SELECT count(*) FROM articles", ct);
        if (index.NeedsRebuild || rows != index.Count)
        {
            throw new InvalidOperationException($"--reuse {database}: the database holds {rows} articles and the index {index.Count}; run without --reuse");
        }
        return new Loading(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, Reused: true);
    }

    /// <summary>Every id Lucene finds against every id PostgreSQL finds; prints the differences and returns how many queries differ.</summary>
    private static async Task<int> CompareHitSetsAsync(LuceneArticleIndex index, PostgresSide postgres, IReadOnlyList<SearchBenchQuery> queries, TextWriter output, CancellationToken ct)
    {
        int mismatches = 0;
        foreach (var query in queries)
        {
            var found = index.SearchIds(new SearchRequest(query.Query), int.MaxValue).ToHashSet();
            var expected = (await postgres.IdsAsync(query, ct)).ToHashSet();
            if (found.SetEquals(expected)) continue;
            mismatches++;
            var onlyLucene = found.Except(expected).Order().Take(5);
            var onlyPostgres = expected.Except(found).Order().Take(5);
            await output.WriteLineAsync($"  DIFFERENT HITS for {query.Query}: Lucene {found.Count}, PostgreSQL {expected.Count}; " +
                $"only Lucene [{string.Join(", ", onlyLucene)}], only PostgreSQL [{string.Join(", ", onlyPostgres)}]");
        }
        return mismatches;
    }

    private sealed record Side(TimeSpan P50, TimeSpan P99, TimeSpan CpuPerQuery, TimeSpan Max);

    private sealed record QueryResult(string Query, int Hits, Side Lucene, Side Postgres);

    private sealed record Measured(IReadOnlyList<QueryResult> Queries, Side Lucene, Side Postgres, string LoadAverage);

    /// <summary>
    /// Per query: one warm-up on each side, then the rounds on Lucene (a whole portal search: total, facets, a page
    /// of 20 highlighted hits) and on PostgreSQL (the total and the 20 newest ids). CPU is the process's for
    /// Lucene and the server's for PostgreSQL, over the query's rounds.
    /// </summary>
    private const int LuceneWarmupRounds = 5;

    private static async Task<Measured> MeasureAsync(
        LuceneArticleIndex index, PostgresSide postgres, IReadOnlyList<SearchBenchQuery> queries, int rounds, int sqlRounds, CancellationToken ct)
    {
        var results = new List<QueryResult>();
        List<TimeSpan> allLucene = [], allPostgres = [];
        TimeSpan luceneCpu = TimeSpan.Zero, postgresCpu = TimeSpan.Zero;
        var process = Process.GetCurrentProcess();
        // Warm, as a serving portal is: every query a few times before any is timed, so the first queries measured do
        // not pay for tier-0 code and its recompilation (one search each had left the first queries 2-10x slower).
        for (int round = 0; round < LuceneWarmupRounds; round++)
        {
            foreach (var query in queries)
            {
                index.Search(new SearchRequest(query.Query));
            }
        }
        foreach (var query in queries)
        {
            var request = new SearchRequest(query.Query);
            int hits = index.Search(request).Total;
            await postgres.PageAsync(query, ct);

            var lucene = new List<TimeSpan>(rounds);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            for (int round = 0; round < rounds; round++)
            {
                long start = Stopwatch.GetTimestamp();
                index.Search(request);
                lucene.Add(Stopwatch.GetElapsedTime(start));
            }
            process.Refresh();
            var luceneUsed = process.TotalProcessorTime - cpuBefore;

            var sql = new List<TimeSpan>(sqlRounds);
            var serverBefore = postgres.Cpu?.Total();
            for (int round = 0; round < sqlRounds; round++)
            {
                long start = Stopwatch.GetTimestamp();
                await postgres.PageAsync(query, ct);
                sql.Add(Stopwatch.GetElapsedTime(start));
            }
            var postgresUsed = postgres.Cpu?.Total() - serverBefore ?? TimeSpan.Zero;

            luceneCpu += luceneUsed;
            postgresCpu += postgresUsed;
            allLucene.AddRange(lucene);
            allPostgres.AddRange(sql);
            results.Add(new QueryResult(query.Query, hits, Summarize(lucene, luceneUsed / rounds), Summarize(sql, postgresUsed / sqlRounds)));
        }
        return new Measured(results, Summarize(allLucene, luceneCpu / (queries.Count * rounds)),
            Summarize(allPostgres, postgresCpu / (queries.Count * sqlRounds)), LoadAverage());
    }

    private static Side Summarize(List<TimeSpan> samples, TimeSpan cpu)
    {
        samples.Sort();
        return new Side(SearchBenchmark.Percentile(samples, 0.50), SearchBenchmark.Percentile(samples, 0.99), cpu, samples.Count == 0 ? TimeSpan.Zero : samples[^1]);
    }

    /// <summary>The PostgreSQL side: one open connection to the benchmark database.</summary>
    private sealed class PostgresSide(NpgsqlConnection connection, ServerCpu? cpu)
    {
        public ServerCpu? Cpu => cpu;

        public async Task<List<long>> IdsAsync(SearchBenchQuery query, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand($"SELECT id FROM articles WHERE {query.Where}", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var ids = new List<long>();
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
            return ids;
        }

        /// <summary>What a results page needs from SQL: the number of hits and the 20 newest.</summary>
        public async Task<int> PageAsync(SearchBenchQuery query, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT id, count(*) OVER () FROM articles WHERE {query.Where} ORDER BY published_on DESC NULLS LAST, id DESC LIMIT 20", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            int total = 0;
            while (await reader.ReadAsync(ct)) total = (int)reader.GetInt64(1);
            return total;
        }
    }

    private sealed record Sizes(long Characters, long ArticlesTable, long TrigramIndex, long LuceneIndex);

    private sealed record Setup(int Articles, int Seed, int Rounds, int SqlRounds, Loading Loading, Sizes Sizes, string PostgresVersion);

    private static async Task WriteReportAsync(TextWriter output, Setup setup, Measured measured, QueryLatency lucene, int mismatches)
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(t.TotalMilliseconds < 10 ? "F2" : "F1", System.Globalization.CultureInfo.InvariantCulture);
        static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        var s = setup.Sizes;
        await output.WriteLineAsync($"bench search: {setup.Articles} synthetic articles{(setup.Loading.Reused ? "" : $" (seed {setup.Seed})")}, {s.Characters / 1e6:F1} M characters searched, {setup.Rounds} rounds a query on Lucene, {setup.SqlRounds} on PostgreSQL");
        var load = setup.Loading;
        await output.WriteLineAsync(load.Reused
            ? $"  reused a kept database and index: table {Mib(s.ArticlesTable)} MiB with its indexes (trigram index {Mib(s.TrigramIndex)} MiB), Lucene {Mib(s.LuceneIndex)} MiB"
            : $"  corpus generated and parsed in {load.Generated.TotalSeconds:F0} s; PostgreSQL COPY {load.Copy.TotalSeconds:F0} s, " +
              $"trigram GIN index + VACUUM ANALYZE {load.Trigram.TotalSeconds:F0} s (table {Mib(s.ArticlesTable)} MiB with its indexes, trigram index {Mib(s.TrigramIndex)} MiB); " +
              $"Lucene indexing {load.Indexing.TotalSeconds:F0} s ({Mib(s.LuceneIndex)} MiB)");
        await output.WriteLineAsync($"  Lucene index merged from {load.SegmentsBefore} segments to one in {load.Merge.TotalSeconds:F0} s before measuring");
        await output.WriteLineAsync($"  hit sets: {(mismatches == 0 ? $"identical for all {measured.Queries.Count} queries" : $"{mismatches} of {measured.Queries.Count} queries DIFFER")}");
        await output.WriteLineAsync("  wall ms (p50/p99) and CPU ms per query: Lucene = whole portal search (total, 6 facets, 20 highlighted hits); PostgreSQL = count + 20 newest ids");
        await output.WriteLineAsync($"  {"query",-22} {"hits",7}  {"Lucene p50",10} {"p99",7} {"CPU",6}  {"PG p50",8} {"p99",8} {"CPU",7}  {"×p50",6}");
        foreach (var q in measured.Queries)
        {
            await output.WriteLineAsync($"  {Pad(q.Query, 22)} {q.Hits,7}  {Ms(q.Lucene.P50),10} {Ms(q.Lucene.P99),7} {Ms(q.Lucene.CpuPerQuery),6}  " +
                $"{Ms(q.Postgres.P50),8} {Ms(q.Postgres.P99),8} {Ms(q.Postgres.CpuPerQuery),7}  {Ratio(q.Postgres.P50, q.Lucene.P50),6}");
        }
        var l = measured.Lucene;
        var p = measured.Postgres;
        await output.WriteLineAsync($"  {"all " + measured.Queries.Count + " queries",-22} {"",7}  {Ms(l.P50),10} {Ms(l.P99),7} {Ms(l.CpuPerQuery),6}  " +
            $"{Ms(p.P50),8} {Ms(p.P99),8} {Ms(p.CpuPerQuery),7}  {Ratio(p.P50, l.P50),6}");
        var slow = measured.Queries.Where(q => q.Hits > 0 && q.Postgres.P50 < 10 * q.Lucene.P50).Select(q => q.Query).ToList();
        await output.WriteLineAsync($"  targets (issue 16): Lucene p99 < 10 ms {Verdict(l.P99.TotalMilliseconds < 10)} ({Ms(l.P99)}), worst < 50 ms {Verdict(l.Max.TotalMilliseconds < 50)} ({Ms(l.Max)}), " +
            $"≥ 10× PostgreSQL on every query with hits {Verdict(slow.Count == 0)}{(slow.Count == 0 ? "" : $" ({string.Join(", ", slow)})")}, " +
            $"≥ 30× at the median {Verdict(p.P50 >= 30 * l.P50)}");
        await output.WriteLineAsync($"  Lucene alone, all {lucene.Queries} TypicalQueries (with district:/cluster: filters): {lucene}");
        await output.WriteLineAsync($"  load average after measuring: {measured.LoadAverage}");
        await output.WriteLineAsync($"  machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, PostgreSQL {setup.PostgresVersion}");
    }

    private static string Pad(string text, int width)
    {
        // Han characters take two columns in a terminal.
        int columns = text.Sum(c => c > 0x2E80 ? 2 : 1);
        return columns >= width ? text : text + new string(' ', width - columns);
    }

    private static string Ratio(TimeSpan slow, TimeSpan fast) =>
        fast <= TimeSpan.Zero ? "n/a" : (slow / fast).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "×";

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static long DirectorySize(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task AdminAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
