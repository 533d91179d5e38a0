using System.CommandLine;
using NewsPortal.Data.Backups;
using NewsPortal.Data.Hosting;

namespace NewsPortal.Cli;

/// <summary>`newsportal backup DIR`: the database dumped by pg_dump into DIR, with a manifest of its counts.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string>("DIR") { Description = "folder to write newsportal.dump and backup.json into" };
        var command = new Command("backup", "Back up the database with pg_dump into a folder (the search index is rebuilt on restore).") { folder };
        command.SetAction(async (result, ct) =>
        {
            var console = cli.ConsoleFor(result);
            await using var services = await CliServices.StartAsync(console, verbose: false, ct);
            if (services is null) return ExitCodes.Unavailable;
            var connectionString = await services.Get<NewsPortalDatabase>().GetConnectionStringAsync(ct);
            return await ExecuteAsync(new DatabaseBackup(connectionString), Path.GetFullPath(result.GetValue(folder)!), console, ct);
        });
        return command;
    }

    public static async Task<int> ExecuteAsync(DatabaseBackup backup, string directory, CliConsole console, CancellationToken ct)
    {
        try
        {
            var counts = await backup.BackupAsync(directory, ct);
            await console.Out.WriteLineAsync(
                $"Backed up {counts.Editions} editions, {counts.Articles} articles, {counts.Entities} entities, {counts.Figures} figures to {Path.Combine(directory, DatabaseBackup.DumpFile)}");
            return ExitCodes.Done;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"newsportal backup: {e.Message}");
            return ExitCodes.InputFailed;
        }
    }
}
