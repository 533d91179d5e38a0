using System.CommandLine;

namespace NewsPortal.Cli;

/// <summary>
/// `newsportal COMMAND ...`: the command tree (System.CommandLine: parsing, --help, errors) and the exit codes.
/// To add a command, write a class with <c>public static Command Create(CliContext cli)</c> and add it in
/// <see cref="Commands"/>; a command that still parses its own arguments joins with <see cref="CliContext.PassThrough"/>.
/// </summary>
internal static class CommandLine
{
    private static IEnumerable<Command> Commands(CliContext cli) =>
    [
        ParseCommand.Create(cli),
        IngestCommand.Create(cli),
        ReindexCommand.Create(cli),
        IndexCommand.Create(cli),
        GenerateCommand.Create(cli),
        RetryCommand.Create(cli),
        ReparseCommand.Create(cli),
        BackupCommand.Create(cli),
        RestoreCommand.Create(cli),
        Bench(cli),
    ];

    private static Command Bench(CliContext cli) => new("bench", "Measure the parser, ingestion and search on this machine.")
    {
        cli.PassThrough("ingest", "Ingest synthetic pages into a fresh database; pages/s by stage.\nusage: newsportal bench ingest [--pages N] [--seed S] [--keep]", BenchIngestCommand.RunAsync),
        cli.PassThrough("parse", "Parse the seed pages on one thread; MB/s beside the decode floor and with extraction.\nusage: newsportal bench parse [--seconds N] [--seeds DIR]", BenchParseCommand.RunAsync),
        cli.PassThrough("search", "The same queries on Lucene and PostgreSQL ILIKE over N synthetic articles; p50/p99.\nusage: newsportal bench search [--articles N] [--rounds R] [--sql-rounds R] [--seed S] [--keep] [--reuse DATABASE]", BenchSearchCommand.RunAsync),
        cli.PassThrough("corpus", "The portal's own database and index with N synthetic articles, kept in DIR (default .data/corpus/N) for bench/pages.sh; reused when run again.\nusage: newsportal bench corpus [--articles N] [--seed S] [--dir DIR]", BenchCorpusCommand.RunAsync),
    };

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        RunAsync(args, new CliConsole(stdout, stderr, Interactive: false), ct);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "PostgreSQL connection string (default: ConnectionStrings__NewsPortal, else the private server under the data root)",
            Recursive = true,
        };
        var cli = new CliContext(console, connection);
        var root = new RootCommand(
            "NewsPortal: parse, ingest and search Chongqing newspaper pages. Settings: the portal's appsettings.json, " +
            "environment variables (DataRoot, ConnectionStrings__NewsPortal, Search__IndexPath...), --connection.\n" +
            "Exit codes: 0 done; 1 some input failed; 2 usage error; 3 database or search index unavailable; 130 cancelled.")
        {
            connection,
        };
        foreach (var command in Commands(cli)) root.Subcommands.Add(command);

        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (result.Errors.Count > 0)
        {
            // An unknown word says more than what it displaced ("Required command was not provided").
            var error = result.UnmatchedTokens.Count > 0
                ? $"Unknown option or command '{result.UnmatchedTokens[0]}'."
                : result.Errors[0].Message;
            await console.Error.WriteLineAsync($"newsportal: {error} See 'newsportal --help'.");
            return ExitCodes.Usage;
        }
        var exit = await result.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, ct);
        return args.Length == 0 ? ExitCodes.Usage : exit;
    }
}
