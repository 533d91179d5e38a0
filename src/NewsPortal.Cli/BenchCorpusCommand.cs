using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.LocalPostgres;
using NewsPortal.Search;

namespace NewsPortal.Cli;

/// <summary>What `bench corpus` is asked to build.</summary>
/// <param name="Articles">At least this many articles (whole pages are ingested, so a few more).</param>
/// <param name="Seed">The synthetic corpus' seed.</param>
/// <param name="Directory">Where the corpus' PostgreSQL cluster (postgres/) and Lucene index (index/) live.</param>
internal sealed record CorpusRequest(int Articles, int Seed, string Directory)
{
    public string PostgresDirectory => Path.Combine(Directory, "postgres");
    public string IndexDirectory => Path.Combine(Directory, "index");
    public string StateFile => Path.Combine(Directory, "corpus.json");

    /// <summary>Default home of a corpus: .data/corpus/N under the current directory.</summary>
    public static string DefaultDirectory(int articles) => Path.Combine(".data", "corpus", articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>How far a corpus got; written after every chunk so that an interrupted build resumes.</summary>
internal sealed record CorpusState(int Articles, int Seed, int Pages, int Stored, int Figures, bool Complete);

/// <summary>
/// `newsportal bench corpus [--articles N] [--seed S] [--dir DIR]`: the portal's own database and search index
/// filled with synthetic pages until they hold N articles, kept in DIR (default .data/corpus/N) for the page
/// benchmark (bench/pages.sh). Re-running with the same size reuses it; an interrupted build resumes. Reports
/// ingestion's rate chunk by chunk, so whether it holds while the database grows is visible.
/// </summary>
internal static class BenchCorpusCommand
{
    private const string Usage = "usage: newsportal bench corpus [--articles N] [--seed S] [--dir DIR]";

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string> { "--articles", "--seed", "--dir" }, new HashSet<string>());
        var articles = options.Int("--articles", 100_000);
        var seed = options.Int("--seed", 1, min: 0);
        if (options.Error is not null || articles is null || seed is null || options.Operands.Count > 0)
        {
            await console.Error.WriteLineAsync($"newsportal bench corpus: {options.Error ?? "takes no operands"}. {Usage}");
            return 2;
        }
        var request = new CorpusRequest(articles.Value, seed.Value,
            Path.GetFullPath(options.Value("--dir") ?? CorpusRequest.DefaultDirectory(articles.Value)));
        return await BuildAsync(request, console, ct);
    }

    public static async Task<int> BuildAsync(CorpusRequest request, CliConsole console, CancellationToken ct)
    {
        var state = await ReadStateAsync(request);
        if (state is { Complete: true } && state.Articles == request.Articles && state.Seed == request.Seed)
        {
            await console.Out.WriteLineAsync($"bench corpus: reusing {request.Directory} ({state.Stored} articles, {state.Figures} figures, {state.Pages} pages)");
            // A corpus built before the index upkeep is left as a user's portal would leave it at its first quiet moment.
            await using (var index = IndexCommand.IndexServices(console with { Settings = CorpusSettings(console, request) }))
            {
                await ReportCompactionAsync(console, await index.GetRequiredService<SearchIndexUpkeep>().CompactIfFragmentedAsync(ct));
            }
            await WriteUsageAsync(console.Out, request);
            return 0;
        }
        if (state is not null && (state.Seed != request.Seed || state.Articles > request.Articles))
        {
            await console.Error.WriteLineAsync(
                $"newsportal bench corpus: {request.Directory} holds a corpus of {state.Articles} articles (seed {state.Seed}); choose another --dir or delete it.");
            return 2;
        }
        System.IO.Directory.CreateDirectory(request.Directory);

        await using var cli = await CliServices.StartAsync(console with { Settings = CorpusSettings(console, request) }, verbose: false, ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return 3;
        await cli.Get<SearchIndexCheck>().EnsureCurrentAsync(null, ct);
        var pipeline = cli.Get<IngestionPipeline>();
        var contexts = cli.Get<IDbContextFactory<NewsPortalDbContext>>();
        ServerCpu? serverCpu;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            serverCpu = ServerCpu.OfBackend(await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync(ct));
        }

        var corpus = new SyntheticCorpus(request.Seed);
        var (pages, stored, figures) = state is null ? (0, 0, 0) : (state.Pages, state.Stored, state.Figures);
        var total = Stopwatch.StartNew();
        var startPages = pages;
        await console.Out.WriteLineAsync($"bench corpus: {request.Articles} articles (seed {request.Seed}) into {request.Directory}, from {stored} articles");
        // CPU a page says more than pages/s on a machine shared with other work (the load average is the 1-minute one). The
        // JIT's time a page (the threads' time compiling, a share of the CLI's) is what the first chunk pays above the next.
        await console.Out.WriteLineAsync("  articles before   pages   pages/s   store ms/page   failed   CPU ms/page: CLI  PostgreSQL   load   JIT ms/page");
        // One batch across the chunks, as `newsportal ingest` of the whole corpus would be: a flush every 1,000 files or
        // 10 s, not one more at each chunk's end with nothing else running, and the next chunk read while the one before
        // is stored, not after (docs/benchmarks.md, Ingestion, sessions 20 and 27).
        var run = new IngestionRun();
        var growth = new CorpusGrowth(request, new CorpusState(request.Articles, request.Seed, pages, stored, figures, Complete: false), serverCpu, console.Out);
        try
        {
            while (growth.State.Stored < request.Articles)
            {
                // Each call ends where the next chunk's size depends on what the chunks in flight hold: then the pipeline drains.
                await pipeline.IngestPagesAsync(growth.Pages(corpus, run), run, growth.Done, ct);
            }
        }
        finally
        {
            // Also when stopped: the files stored so far are logged and searchable (a resumed build skips them).
            await pipeline.CompleteAsync(run, CancellationToken.None);
        }
        (pages, stored, figures) = (growth.State.Pages, growth.State.Stored, growth.State.Figures);
        var ingestSeconds = total.Elapsed.TotalSeconds;
        // Ingestion is over: the index upkeep merges what the chunks left, as the portal's would once its inbox drained.
        var merged = await cli.Get<SearchIndexUpkeep>().CompactIfFragmentedAsync(ct);
        await ReportCompactionAsync(console, merged);
        var upkeepSeconds = merged?.Elapsed.TotalSeconds ?? 0;

        // Fresh statistics and a set visibility map, as a long-running database has: index-only scans need both.
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", ct);
            stored = await db.Articles.CountAsync(ct);
            figures = await db.Metrics.CountAsync(ct);
        }
        WriteState(request, new CorpusState(request.Articles, request.Seed, pages, stored, figures, Complete: true));
        var built = pages - startPages;
        await console.Out.WriteLineAsync(
            $"  done: {stored} articles, {figures} figures, {pages} pages; {built} pages in {ingestSeconds:F0} s = {built / Math.Max(ingestSeconds, 0.001):F1} pages/s " +
            $"(load average {LoadAverage()}); vacuum + analyze {total.Elapsed.TotalSeconds - ingestSeconds - upkeepSeconds:F0} s");
        await WriteUsageAsync(console.Out, request);
        return 0;
    }

    private static Dictionary<string, string?> CorpusSettings(CliConsole console, CorpusRequest request) =>
        new(console.Settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:NewsPortal"] = null, // always the corpus' own cluster, never a configured server
            [DataRoot.Key] = request.Directory,
            [LocalPostgresSetup.DataDirectoryKey] = request.PostgresDirectory,
            [SearchServiceCollectionExtensions.IndexPathKey] = request.IndexDirectory,
        };

    private static async Task ReportCompactionAsync(CliConsole console, IndexCompaction? merged)
    {
        if (merged is not null)
            await console.Out.WriteLineAsync($"  index upkeep: merged from {merged.SegmentsBefore} to {merged.SegmentsAfter} segments in {merged.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task WriteUsageAsync(TextWriter output, CorpusRequest request) =>
        await output.WriteLineAsync(
            $"  portal on it: EmbeddedPostgres__DataDirectory={request.PostgresDirectory} Search__IndexPath={request.IndexDirectory} dotnet run --project src/NewsPortal.Web");

    private static async Task<CorpusState?> ReadStateAsync(CorpusRequest request)
    {
        if (!File.Exists(request.StateFile)) return null;
        await using var stream = File.OpenRead(request.StateFile);
        return await JsonSerializer.DeserializeAsync<CorpusState>(stream);
    }

    /// <summary>Written after every chunk (from the pipeline's loop, so not awaited) and when the corpus is complete.</summary>
    internal static void WriteState(CorpusRequest request, CorpusState state)
    {
        var temporary = request.StateFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state));
        File.Move(temporary, request.StateFile, overwrite: true);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
