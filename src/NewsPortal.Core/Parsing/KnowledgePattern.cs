using System.Text.RegularExpressions;

namespace NewsPortal.Core.Parsing;

/// <summary>A pattern of the knowledge file: its regular expression, asked only of texts that contain one of the literals
/// every match contains (<see cref="RequiredLiterals"/>). Answers exactly as the regular expression does.</summary>
internal sealed class KnowledgePattern
{
    private readonly RequiredLiterals? _literals;

    public KnowledgePattern(string pattern, RegexOptions options, TimeSpan matchTimeout)
    {
        Regex = new Regex(pattern, options, matchTimeout);
        _literals = RequiredLiterals.Of(pattern, options);
    }

    public Regex Regex { get; }

    /// <summary>The literals texts are searched for first, if the pattern has any.</summary>
    public RequiredLiterals? Literals => _literals;

    public bool IsMatch(string text) => (_literals is null || _literals.MayMatch(text)) && Regex.IsMatch(text);

    public bool IsMatch(ReadOnlySpan<char> text) => (_literals is null || _literals.MayMatch(text)) && Regex.IsMatch(text);

    /// <summary>The first match, or <see cref="System.Text.RegularExpressions.Match.Empty"/> as the regular expression gives for none.</summary>
    public Match Match(string text) => _literals is null || _literals.MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Every match (a text without the literals has none: the empty text is searched instead, which a pattern
    /// with literals cannot match).</summary>
    public MatchCollection Matches(string text) => Regex.Matches(_literals is null || _literals.MayMatch(text) ? text : "");

    public Regex.ValueMatchEnumerator EnumerateMatches(string text) =>
        Regex.EnumerateMatches(_literals is null || _literals.MayMatch(text) ? text : "");

    public override string ToString() => Regex.ToString();
}
