using System.CommandLine;
using System.Text.Json;
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
    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string>("DIR") { Description = "folder holding newsportal.dump and backup.json" };
        var command = new Command("restore", "Recreate the database from a backup folder, then rebuild the search index.") { folder };
        command.SetAction(async (result, ct) =>
        {
            var console = cli.ConsoleFor(result);
            await using var services = await CliServices.StartAsync(console, verbose: false, ct);
            if (services is null || await services.OpenIndexAsync(console) is null) return ExitCodes.Unavailable;
            var connectionString = await services.Get<NewsPortalDatabase>().GetConnectionStringAsync(ct);
            return await ExecuteAsync(new DatabaseBackup(connectionString), Path.GetFullPath(result.GetValue(folder)!),
                services.Services, console, ct);
        });
        return command;
    }

    /// <param name="services">Applies migrations to the restored database and rebuilds the index (<see cref="Reindexer"/>).</param>
    public static async Task<int> ExecuteAsync(DatabaseBackup backup, string directory, IServiceProvider services, CliConsole console, CancellationToken ct)
    {
        BackupCounts counts;
        try
        {
            counts = await backup.RestoreAsync(directory, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or InvalidDataException or NpgsqlException or JsonException)
        {
            await console.Error.WriteLineAsync($"newsportal restore: {e.Message}");
            return ExitCodes.InputFailed;
        }
        await services.MigrateNewsPortalDatabaseAsync(ct);
        var indexed = await services.GetRequiredService<Reindexer>().RebuildAsync(null, ct);
        await console.Out.WriteLineAsync(
            $"Restored {counts.Editions} editions, {counts.Articles} articles, {counts.Entities} entities, {counts.Figures} figures from {directory}; {indexed} articles indexed");
        return ExitCodes.Done;
    }
}
