namespace NewsPortal.Cli.Tests;

/// <summary>Runs `newsportal ...` in-process and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await CommandLine.RunAsync(args, new CliConsole(stdout, stderr, Interactive: false, settings), CancellationToken.None);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
