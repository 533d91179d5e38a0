using NewsPortal.Search.Benchmarks;

namespace NewsPortal.Cli;

/// <summary>
/// A query typed into the portal and the PostgreSQL condition that means the same: a Chinese word or phrase is
/// its characters in a row (<c>ILIKE '%…%'</c>, served by the pg_trgm GIN index), a Latin or number term is a
/// whole token (a case-insensitive regular expression with ASCII word boundaries, also served by the index).
/// </summary>
internal sealed record SearchBenchQuery(string Query, string Where)
{
    /// <summary>
    /// <see cref="SearchBenchmark.TypicalQueries"/> but its two entity filters (district:, cluster:), which have no
    /// text condition on the PostgreSQL side: 24 queries.
    /// </summary>
    public static IReadOnlyList<SearchBenchQuery> Shared { get; } =
    [
        Word("产业创新综合体"), Word("智能网联新能源汽车"), Word("跨省通办"), Word("传感器"), Word("新能源"),
        Word("数字经济"), Word("集成电路"), Word("生物医药"), Word("两江新区"), Word("涪陵区"), Word("长安汽车"),
        Token("T3B"), Token("33618"), Token("2414"), Word("茶"), Word("桥"), Word("渝"),
        new("\"产业 创新\"", Contains("产业创新")),
        new("新能源 -涪陵区", $"{Contains("新能源")} AND NOT {Contains("涪陵区")}"),
        new("传感器 OR 跨省通办", $"({Contains("传感器")} OR {Contains("跨省通办")})"),
        new("智能 制造 工业互联网", $"{Contains("智能")} AND {Contains("制造")} AND {Contains("工业互联网")}"),
        new("跨省通办 date:2024", $"{Contains("跨省通办")} AND published_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'"),
        Word("营商环境"),
        new("乡村振兴 产业", $"{Contains("乡村振兴")} AND {Contains("产业")}"),
    ];

    private static SearchBenchQuery Word(string word) => new(word, Contains(word));

    /// <summary>A token of ASCII letters and digits, not inside a longer one (the tokenizer keeps 2414.5 and x2414 whole).</summary>
    private static SearchBenchQuery Token(string token) =>
        token.All(char.IsAsciiLetterOrDigit)
            ? new(token, $"body ~* '(^|[^0-9a-z_.]){token}([^0-9a-z_.]|$)'")
            : throw new ArgumentException($"'{token}' is not a plain Latin/number token", nameof(token));

    private static string Contains(string text) => $"body ILIKE '%{Literal(text)}%'";

    /// <summary>The query words are constants above; escaping still keeps a later edit from breaking the SQL.</summary>
    private static string Literal(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
