using Spectre.Console;

namespace NewsPortal.Cli;

/// <summary>Where a command writes, and what it may assume about the terminal and configuration.</summary>
/// <param name="Interactive">stderr is a terminal and not CI: progress redraws in place.</param>
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

    /// <summary>Spectre.Console over stdout (tables): colours and box drawing only on a terminal.</summary>
    public IAnsiConsole OutConsole() => Spectre(Out, Interactive && !global::System.Console.IsOutputRedirected);

    /// <summary>Spectre.Console over stderr (progress, status).</summary>
    public IAnsiConsole ErrorConsole() => Spectre(Error, Interactive);

    private static IAnsiConsole Spectre(TextWriter writer, bool terminal) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
