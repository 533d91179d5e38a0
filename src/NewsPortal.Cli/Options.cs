namespace NewsPortal.Cli;

/// <summary>The few option shapes the commands take: flags, `--name value`, and the rest as operands.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = [];
    private readonly HashSet<string> _flags = [];

    public List<string> Operands { get; } = [];
    public string? Error { get; private set; }

    public static Options Parse(string[] args, IReadOnlySet<string> valued, IReadOnlySet<string> flags)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (valued.Contains(arg))
            {
                if (i + 1 >= args.Length) options.Error ??= $"{arg} needs a value";
                else options._values[arg] = args[++i];
            }
            else if (flags.Contains(arg)) options._flags.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal)) options.Error ??= $"unknown option {arg}";
            else options.Operands.Add(arg);
        }
        return options;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>The option as a positive integer, the default when absent, or null (with <see cref="Error"/> set) when malformed.</summary>
    public int? Int(string name, int fallback, int min = 1)
    {
        if (Value(name) is not { } text) return fallback;
        if (int.TryParse(text, out var value) && value >= min) return value;
        Error ??= $"{name} must be a whole number of at least {min}";
        return null;
    }
}
