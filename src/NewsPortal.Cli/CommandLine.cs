namespace NewsPortal.Cli;

/// <summary>Dispatches `newsportal COMMAND ...` to its command.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: newsportal COMMAND [options]

        commands:
          parse FILE... [--out DIR]                  parse page dumps and print (or write) parser JSON
          ingest PATH... [--verbose]                 ingest page files, folders or globs into PostgreSQL and the index
          reindex                                    rebuild the search index from PostgreSQL
          generate --pages N --out DIR [--seed S]    write N deterministic synthetic pages made from the seeds
          bench ingest [--pages N] [--seed S]        ingest N synthetic pages into a fresh database; report pages/s by stage
          bench parse [--seconds N] [--seeds DIR]    parse the seed pages on one thread; MB/s against decode+lines, and with extraction
          bench search [--articles N] [--rounds N]   same queries on Lucene and PostgreSQL ILIKE over N synthetic articles; p50/p99
          bench corpus [--articles N] [--dir DIR]    the portal's database and index with N synthetic articles, kept for bench/pages.sh

        The database is ConnectionStrings__NewsPortal when set, else the private PostgreSQL under .data/postgres.
        """;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        RunAsync(args, new CliConsole(stdout, stderr, Interactive: false), ct);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await console.Out.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "parse" => await ParseCommand.RunAsync(rest, console.Out, console.Error, ct),
            "ingest" => await IngestCommand.RunAsync(rest, console, ct),
            "reindex" => await ReindexCommand.RunAsync(rest, console, ct),
            "generate" => await GenerateCommand.RunAsync(rest, console, ct),
            "bench" when rest is ["ingest", ..] => await BenchIngestCommand.RunAsync(rest[1..], console, ct),
            "bench" when rest is ["parse", ..] => await BenchParseCommand.RunAsync(rest[1..], console, ct),
            "bench" when rest is ["search", ..] => await BenchSearchCommand.RunAsync(rest[1..], console, ct),
            "bench" when rest is ["corpus", ..] => await BenchCorpusCommand.RunAsync(rest[1..], console, ct),
            _ => await UnknownAsync(args[0], console.Error),
        };
    }

    private static async Task<int> UnknownAsync(string command, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"newsportal: unknown command '{command}'.\n{Usage}");
        return 2;
    }
}
