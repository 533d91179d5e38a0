using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsPortal.Cli;

/// <summary>What every command's action needs: the console, and the console with the global options applied.</summary>
internal sealed record CliContext(CliConsole Console, Option<string?> Connection)
{
    /// <summary>The console whose settings carry <c>--connection</c> as <c>ConnectionStrings:NewsPortal</c>.</summary>
    public CliConsole ConsoleFor(ParseResult result)
    {
        if (result.GetValue(Connection) is not { Length: > 0 } connectionString) return Console;
        var settings = new Dictionary<string, string?>(Console.Settings ?? new Dictionary<string, string?>())
        {
            [$"ConnectionStrings:{Data.DatabaseSetup.ConnectionStringName}"] = connectionString,
        };
        return Console with { Settings = settings };
    }

    /// <summary>
    /// A command that parses its own arguments (<see cref="Options"/>): everything after its name, except the global
    /// options, reaches <paramref name="run"/> as it was typed. <c>--help</c> shows <paramref name="description"/>.
    /// </summary>
    public Command PassThrough(string name, string description, Func<string[], CliConsole, CancellationToken, Task<int>> run)
    {
        var rest = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore, Description = "as the usage line says" };
        var command = new Command(name, description) { rest };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => run(Rest(result), ConsoleFor(result), ct));
        return command;
    }

    private string[] Rest(ParseResult result)
    {
        var tokens = result.Tokens;
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Command) start = i + 1;
        }
        var rest = new List<string>();
        for (var i = start; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Option && Connection.Name == tokens[i].Value) i++; // and its value
            else rest.Add(tokens[i].Value);
        }
        return [.. rest];
    }
}
