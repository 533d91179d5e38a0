using System.CommandLine;

namespace NewsPortal.Cli;

/// <summary>Option shapes the typed commands share.</summary>
internal static class CliOptions
{
    /// <summary>One or more operands; an unknown <c>--option</c> is an error rather than a file name (write ./-name for such a file).</summary>
    public static Argument<string[]> Operands(string name, string description)
    {
        var argument = new Argument<string[]>(name) { Arity = ArgumentArity.OneOrMore, Description = description };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-')) is { } option) result.AddError($"Unknown option '{option.Value}'.");
        });
        return argument;
    }

    /// <summary>A whole number of at least <paramref name="min"/>, <paramref name="fallback"/> when absent.</summary>
    public static Option<int> Count(string name, int fallback, string description, int min)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback, HelpName = "N" };
        option.Validators.Add(result =>
        {
            // A word that is no number is reported by the parser itself; a default is always in range.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var value) && value < min)
                result.AddError($"{name} must be a whole number of at least {min}.");
        });
        return option;
    }
}
