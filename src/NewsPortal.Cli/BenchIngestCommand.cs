using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using NewsPortal.Core;
using NewsPortal.Data;
using NewsPortal.Data.Hosting;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Search;
using Npgsql;

namespace NewsPortal.Cli;

/// <summary>
/// `newsportal bench ingest [--pages N] [--seed S] [--keep]`: synthetic pages made in memory, ingested end to end
/// (parse + extract + PostgreSQL + Lucene on disk) into a fresh database, with pages/s and the time per stage.
/// </summary>
internal static class BenchIngestCommand
{
    private const int WarmUpPages = 50;

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string> { "--pages", "--seed" }, new HashSet<string> { "--keep" });
        var pages = options.Int("--pages", 2000);
        var seed = options.Int("--seed", 1, min: 0);
        if (options.Error is not null || pages is null || seed is null || options.Operands.Count > 0)
        {
            await console.Error.WriteLineAsync(
                $"newsportal bench ingest: {options.Error ?? "takes no operands"}. usage: newsportal bench ingest [--pages N] [--seed S] [--keep]");
            return 2;
        }

        await using var cli = await CliServices.StartAsync(console, verbose: false, ct);
        if (cli is null) return 3;
        var server = await cli.Get<NewsPortalDatabase>().GetConnectionStringAsync(ct);
        var database = $"newsportal_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var indexPath = Path.Combine(Path.GetTempPath(), database + "_index");
        await AdminAsync(server, $"CREATE DATABASE \"{database}\"", ct);
        try
        {
            var builder = new DbContextOptionsBuilder<NewsPortalDbContext>();
            DatabaseSetup.UseNewsPortalDatabase(builder, connectionString);
            var contexts = new PooledDbContextFactory<NewsPortalDbContext>(builder.Options);
            string postgresVersion;
            ServerCpu? serverCpu;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                await db.Database.MigrateAsync(ct);
                postgresVersion = await db.Database.SqlQueryRaw<string>("SELECT current_setting('server_version') AS \"Value\"").SingleAsync(ct);
                serverCpu = ServerCpu.OfBackend(await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync(ct));
            }

            var generation = Stopwatch.StartNew();
            var corpus = new SyntheticCorpus(seed.Value);
            var batch = corpus.Pages(pages.Value).ToList();
            var warmUp = new SyntheticCorpus(seed.Value + 1_000_000).Pages(WarmUpPages).ToList();
            generation.Stop();

            using var index = LuceneArticleIndex.Open(indexPath);
            var pipeline = new IngestionPipeline(contexts, index, NewsPortalCore.CreateAnalyzer(),
                Microsoft.Extensions.Options.Options.Create(new IngestionOptions()), cli.Get<ILogger<IngestionPipeline>>());
            await pipeline.IngestPagesAsync(warmUp, null, ct);

            var progress = new ProgressLine(console, batch.Count);
            var cpu = new CpuMeter(serverCpu);
            var summary = await pipeline.IngestPagesAsync(batch, progress.Report, ct);
            var used = cpu.Stop();
            progress.Finish();
            await WriteReportAsync(console.Out, summary, seed.Value, batch.Sum(p => (long)p.Content.Length), generation.Elapsed, postgresVersion, used);
            return summary.Failed == 0 ? 0 : 1;
        }
        finally
        {
            if (!options.Flag("--keep"))
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);
                if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
            }
            else
            {
                await console.Error.WriteLineAsync($"kept database {database} and index {indexPath}");
            }
        }
    }

    private static async Task WriteReportAsync(
        TextWriter output, IngestSummary summary, int seed, long bytes, TimeSpan generation, string postgresVersion, CpuUsed cpu)
    {
        var n = Math.Max(1, summary.Files);
        var s = summary.Stages;
        await output.WriteLineAsync($"bench ingest: {summary.Files} synthetic pages (seed {seed}, {bytes / 1024.0 / 1024.0:F1} MB, generated in memory in {generation.TotalSeconds:F1} s, not timed)");
        await output.WriteLineAsync($"  end to end  {summary.Elapsed.TotalSeconds:F2} s   {summary.FilesPerSecond:F1} pages/s   " +
            $"{summary.Articles} articles, {summary.Figures} figures, {summary.Failed} failed");
        await output.WriteLineAsync("  stage                total ms   ms/page   how it runs");
        await output.WriteLineAsync($"  parse+extract      {s.ParseMs,10:F0} {s.ParseMs / n,9:F2}   {Environment.ProcessorCount} parallel workers, ahead of the store stage");
        await output.WriteLineAsync($"  store (PostgreSQL) {s.StoreMs,10:F0} {s.StoreMs / n,9:F2}   one transaction per page, {IngestionPipeline.StoreWorkerCount} at a time");
        await output.WriteLineAsync($"  index (Lucene)     {s.IndexMs,10:F0} {s.IndexMs / n,9:F2}   one commit+refresh per batch of pages");
        var ownMs = cpu.Own.TotalMilliseconds / n;
        var serverMs = cpu.Server?.TotalMilliseconds / n;
        var cores = Environment.ProcessorCount;
        await output.WriteLineAsync(serverMs is { } server
            ? $"  CPU per page: newsportal {ownMs:F2} ms + PostgreSQL {server:F2} ms = {ownMs + server:F2} ms -> {cores * 1000 / (ownMs + server):F0} pages/s if the {cores} cores were ours alone"
            : $"  CPU per page: newsportal {ownMs:F2} ms (PostgreSQL server CPU not measurable here)");
        await output.WriteLineAsync($"  newsportal's threads compiling methods (the JIT, once a process): {cpu.Jit.TotalMilliseconds / n:F2} ms a page");
        await output.WriteLineAsync($"  load average during the run: {cpu.LoadAverage}");
        foreach (var failure in summary.Results.Where(r => !r.Succeeded))
            await output.WriteLineAsync($"  failed: {failure.Path}: {failure.Error}");
        await output.WriteLineAsync($"  machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, PostgreSQL {postgresVersion}");
    }

    private static async Task AdminAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
