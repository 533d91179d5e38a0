using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Inbox;

namespace NewsPortal.Cli;

/// <summary>`newsportal retry`: files in the inbox's failed/ folder go back into the inbox, to be taken again.</summary>
internal static class RetryCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("retry", "Move the inbox's failed/ files back into the inbox (after their cause is fixed).");
        command.SetAction((result, _) => ExecuteAsync(FailedFilesOf(cli.ConsoleFor(result)), cli.ConsoleFor(result)));
        return command;
    }

    /// <returns>0 when every failed file went back (or there was none), 1 when some had to stay.</returns>
    public static async Task<int> ExecuteAsync(FailedFiles failed, CliConsole console)
    {
        var summary = failed.Retry();
        await console.Out.WriteLineAsync($"Moved {summary.Moved.Count} failed files back into the inbox from {failed.Folder}");
        foreach (var file in summary.Moved) await console.Out.WriteLineAsync($"  {file}");
        foreach (var (file, reason) in summary.Skipped) await console.Out.WriteLineAsync($"  kept in failed/: {file}: {reason}");
        return summary.Skipped.Count == 0 ? ExitCodes.Done : ExitCodes.InputFailed;
    }

    /// <summary>The portal's inbox from the same settings the other commands read, without starting the database.</summary>
    private static FailedFiles FailedFilesOf(CliConsole console)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(console.Settings ?? new Dictionary<string, string?>())
            .Build();
        using var services = new ServiceCollection().AddIngestionCore(configuration, AppContext.BaseDirectory).BuildServiceProvider();
        return services.GetRequiredService<FailedFiles>();
    }
}
