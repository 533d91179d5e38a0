using NewsPortal.Ingestion;
using Spectre.Console;

namespace NewsPortal.Cli;

/// <summary>Ingestion progress on stderr: a Spectre.Console progress bar on a terminal, plain lines in a log or CI.</summary>
internal static class IngestProgress
{
    public static async Task<T> RunAsync<T>(CliConsole console, int total, Func<Action<IngestResult>, Task<T>> work)
    {
        if (!console.Interactive)
        {
            var line = new ProgressLine(console, total);
            try
            {
                return await work(line.Report);
            }
            finally
            {
                line.Finish();
            }
        }

        return await console.ErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("ingest", maxValue: total);
                var failed = 0;
                return await work(result =>
                {
                    if (!result.Succeeded) Interlocked.Increment(ref failed);
                    task.Description = failed == 0 ? "ingest" : $"ingest ({failed} failed)";
                    task.Increment(1);
                });
            });
    }
}
