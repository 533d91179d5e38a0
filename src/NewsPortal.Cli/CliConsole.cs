namespace NewsPortal.Cli;

/// <summary>Where a command writes, and what it may assume about the terminal and configuration.</summary>
/// <param name="Interactive">stderr is a terminal and not CI: progress redraws one line in place.</param>
/// <param name="Settings">Configuration overriding the environment (tests point the CLI at their own database).</param>
internal sealed record CliConsole(
    TextWriter Out,
    TextWriter Error,
    bool Interactive,
    IReadOnlyDictionary<string, string?>? Settings = null)
{
    public static CliConsole System() => new(
        global::System.Console.Out,
        global::System.Console.Error,
        !global::System.Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
}
