namespace NewsPortal.Cli;

/// <summary>Dispatches `newsportal COMMAND ...` to its command.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: newsportal COMMAND [options]

        commands:
          parse FILE... [--out DIR]   parse page dumps and print (or write) parser JSON
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "parse" => await ParseCommand.RunAsync(rest, stdout, stderr, ct),
            _ => await UnknownAsync(args[0], stderr),
        };
    }

    private static async Task<int> UnknownAsync(string command, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"newsportal: unknown command '{command}'.\n{Usage}");
        return 2;
    }
}
