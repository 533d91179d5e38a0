using NewsPortal.Data.Backups;
using NewsPortal.Data.Hosting;

namespace NewsPortal.Cli;

/// <summary>`newsportal backup DIR`: the database dumped by pg_dump into DIR, with a manifest of its counts.</summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        if (args is not [var directory] || directory.StartsWith("--", StringComparison.Ordinal))
        {
            await console.Error.WriteLineAsync("newsportal backup: one folder expected. usage: newsportal backup DIR");
            return 2;
        }
        await using var cli = await CliServices.StartAsync(console, verbose: false, ct);
        if (cli is null) return 3;
        return await ExecuteAsync(await cli.Get<NewsPortalDatabase>().GetConnectionStringAsync(ct), Path.GetFullPath(directory), console, ct);
    }

    public static async Task<int> ExecuteAsync(string connectionString, string directory, CliConsole console, CancellationToken ct)
    {
        try
        {
            var counts = await new DatabaseBackup(connectionString).BackupAsync(directory, ct);
            await console.Out.WriteLineAsync(
                $"Backed up {counts.Editions} editions, {counts.Articles} articles, {counts.Entities} entities, {counts.Metrics} figures to {Path.Combine(directory, DatabaseBackup.DumpFile)}");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"newsportal backup: {e.Message}");
            return 1;
        }
    }
}
