using Microsoft.Extensions.Configuration;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Inbox;

namespace NewsPortal.Cli;

/// <summary>`newsportal retry`: files in the inbox's failed/ folder go back into the inbox, to be taken again.</summary>
internal static class RetryCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        if (args.Length > 0)
        {
            await console.Error.WriteLineAsync("newsportal retry: takes no operands. usage: newsportal retry");
            return 2;
        }
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(console.Settings ?? new Dictionary<string, string?>()).Build();
        var options = configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
        // The same inbox as the portal's: under the data root found from the binary's folder, wherever this runs from.
        var inbox = DataRoot.From(configuration, AppContext.BaseDirectory).Resolve(options.InboxPath, options.InboxPath);
        options.InboxPath = inbox;
        return await ExecuteAsync(FailedFiles.For(options, AppContext.BaseDirectory), console);
    }

    /// <returns>0 when every failed file went back (or there was none), 1 when some had to stay.</returns>
    public static async Task<int> ExecuteAsync(FailedFiles failed, CliConsole console)
    {
        var summary = failed.Retry();
        await console.Out.WriteLineAsync($"Moved {summary.Moved.Count} failed files back into the inbox from {failed.Folder}");
        foreach (var file in summary.Moved) await console.Out.WriteLineAsync($"  {file}");
        foreach (var (file, reason) in summary.Skipped) await console.Out.WriteLineAsync($"  kept in failed/: {file}: {reason}");
        return summary.Skipped.Count == 0 ? 0 : 1;
    }
}
