using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Data;
using NewsPortal.Data.Backups;
using NewsPortal.Data.Hosting;
using NewsPortal.Ingestion;
using Npgsql;

namespace NewsPortal.Cli;

/// <summary>
/// `newsportal restore DIR`: the database recreated from the backup in DIR, brought up to the current migrations,
/// and the search index rebuilt from it. Stop the portal first: its connections are closed and its index is ours.
/// </summary>
internal static class RestoreCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        if (args is not [var directory] || directory.StartsWith("--", StringComparison.Ordinal))
        {
            await console.Error.WriteLineAsync("newsportal restore: one folder expected. usage: newsportal restore DIR");
            return 2;
        }
        await using var cli = await CliServices.StartAsync(console, verbose: false, ct);
        if (cli is null || await cli.OpenIndexAsync(console) is null) return 3;
        return await ExecuteAsync(Path.GetFullPath(directory), cli.Services, console, ct);
    }

    public static async Task<int> ExecuteAsync(string directory, IServiceProvider services, CliConsole console, CancellationToken ct)
    {
        var backup = new DatabaseBackup(await services.GetRequiredService<NewsPortalDatabase>().GetConnectionStringAsync(ct));
        BackupCounts counts;
        try
        {
            counts = await backup.RestoreAsync(directory, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or InvalidDataException or NpgsqlException or System.Text.Json.JsonException)
        {
            await console.Error.WriteLineAsync($"newsportal restore: {e.Message}");
            return 1;
        }
        await services.MigrateNewsPortalDatabaseAsync(ct);
        var indexed = await services.GetRequiredService<Reindexer>().RebuildAsync(null, ct);
        await console.Out.WriteLineAsync(
            $"Restored {counts.Editions} editions, {counts.Articles} articles, {counts.Entities} entities, {counts.Metrics} figures from {directory}; {indexed} articles indexed");
        return 0;
    }
}
