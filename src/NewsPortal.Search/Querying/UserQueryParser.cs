using System.Globalization;
using System.Text;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Querying;

/// <summary>
/// Parses what a user typed: words (ANDed), "quoted phrases", -exclusions, OR between terms,
/// field filters (district:涪陵区) and date ranges (date:2024-12-01..2024-12-31).
/// Never throws: whatever cannot be used is dropped and reported as a <see cref="QueryNote"/>.
/// </summary>
public static class UserQueryParser
{
    public const int MaxLength = 256;
    public const int MaxClauses = 32;

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["district"] = ArticleFields.District,
        ["区县"] = ArticleFields.District,
        ["cluster"] = ArticleFields.Cluster,
        ["集群"] = ArticleFields.Cluster,
        ["industry"] = ArticleFields.Industry,
        ["产业"] = ArticleFields.Industry,
        ["行业"] = ArticleFields.Industry,
        ["source"] = ArticleFields.Source,
        ["来源"] = ArticleFields.Source,
        ["kind"] = ArticleFields.Kind,
        ["类型"] = ArticleFields.Kind,
        ["month"] = ArticleFields.Month,
        ["月份"] = ArticleFields.Month,
        ["org"] = ArticleFields.Organization,
        ["organization"] = ArticleFields.Organization,
        ["organisation"] = ArticleFields.Organization,
        ["机构"] = ArticleFields.Organization,
        ["person"] = ArticleFields.Person,
        ["people"] = ArticleFields.Person,
        ["人物"] = ArticleFields.Person,
        ["date"] = ArticleFields.Date,
        ["日期"] = ArticleFields.Date,
    };

    private enum LexemeKind { Clause, Or, Not }

    private readonly record struct Lexeme(LexemeKind Kind, QueryClause? Clause = null, bool Negated = false);

    public static UserQuery Parse(string? input)
    {
        var notes = new List<QueryNote>();
        string text = Clean(input ?? "", notes);
        var groups = new List<List<QueryClause>>();
        var excluded = new List<QueryClause>();
        DateRange? dates = null;

        bool orPending = false;
        bool lastWasPositive = false;
        bool notPending = false;
        int clauses = 0;
        foreach (var lexeme in Lex(text, notes))
        {
            switch (lexeme.Kind)
            {
                case LexemeKind.Or:
                    if (lastWasPositive && !orPending)
                    {
                        orPending = true;
                    }
                    else
                    {
                        notes.Add(QueryNote.LoneOperator);
                    }
                    continue;
                case LexemeKind.Not:
                    notPending = true;
                    continue;
            }

            if (++clauses > MaxClauses)
            {
                notes.Add(QueryNote.TooManyTerms);
                break;
            }

            var clause = lexeme.Clause!;
            bool negated = lexeme.Negated || notPending;
            notPending = false;

            if (clause.Field == ArticleFields.Date)
            {
                if (negated)
                {
                    notes.Add(QueryNote.InvalidDate);
                }
                else if (DateRange.TryParse(clause.Text, out var range))
                {
                    dates = dates is null ? range : dates.Intersect(range);
                }
                else
                {
                    notes.Add(QueryNote.InvalidDate);
                }
                lastWasPositive = false;
                if (orPending)
                {
                    notes.Add(QueryNote.LoneOperator);
                    orPending = false;
                }
                continue;
            }

            if (negated)
            {
                excluded.Add(clause);
                if (orPending)
                {
                    notes.Add(QueryNote.LoneOperator);
                    orPending = false;
                }
                lastWasPositive = false;
                continue;
            }

            if (orPending)
            {
                groups[^1].Add(clause);
                orPending = false;
            }
            else
            {
                groups.Add([clause]);
            }
            lastWasPositive = true;
        }

        if (orPending || notPending)
        {
            notes.Add(QueryNote.LoneOperator);
        }
        if (groups.Count == 0 && excluded.Count == 0 && dates is null && text.Trim().Length > 0)
        {
            notes.Add(QueryNote.NothingSearchable);
        }

        return new UserQuery(groups, excluded, dates, notes.Distinct().ToList());
    }

    /// <summary>Truncates to <see cref="MaxLength"/> and turns control and invisible format characters into spaces.</summary>
    private static string Clean(string input, List<QueryNote> notes)
    {
        if (input.Length > MaxLength)
        {
            int cut = MaxLength;
            if (char.IsHighSurrogate(input[cut - 1]))
            {
                cut--;
            }
            input = input[..cut];
            notes.Add(QueryNote.Truncated);
        }

        var cleaned = new StringBuilder(input.Length);
        foreach (char c in input)
        {
            var category = char.GetUnicodeCategory(c);
            bool invisible = category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            cleaned.Append(invisible ? ' ' : c);
        }
        return cleaned.ToString();
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂' or '「' or '」';

    /// <summary>Whitespace, and the Chinese punctuation people type between words (智能网联，传感器 is two words).</summary>
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '，' or '、' or '；' or '。' or '！' or '？';

    private static bool IsMinus(char c) => c is '-' or '－' or '−';

    private static IEnumerable<Lexeme> Lex(string text, List<QueryNote> notes)
    {
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }

            bool negated = false;
            if (IsMinus(c))
            {
                if (i + 1 < n && !IsSeparator(text[i + 1]) && !IsMinus(text[i + 1]))
                {
                    negated = true;
                    i++;
                    c = text[i];
                }
                else
                {
                    notes.Add(QueryNote.LoneOperator);
                    while (i < n && IsMinus(text[i]))
                    {
                        i++;
                    }
                    continue;
                }
            }

            if (IsQuote(c))
            {
                string phrase = ReadQuoted(text, ref i, notes);
                if (phrase.Trim().Length > 0)
                {
                    yield return new Lexeme(LexemeKind.Clause, new QueryClause(phrase, IsPhrase: true), negated);
                }
                continue;
            }

            int start = i;
            while (i < n && !IsSeparator(text[i]) && !IsQuote(text[i]))
            {
                i++;
            }
            string word = text[start..i];

            if (!negated && word is "OR" or "|" or "||")
            {
                yield return new Lexeme(LexemeKind.Or);
                continue;
            }
            if (!negated && word is "AND" or "&&")
            {
                continue;
            }
            if (!negated && word is "NOT")
            {
                yield return new Lexeme(LexemeKind.Not);
                continue;
            }

            int colon = word.IndexOfAny([':', '：']);
            if (colon > 0 && FieldNames.TryGetValue(word[..colon], out string? field))
            {
                string value = word[(colon + 1)..];
                if (value.Length == 0 && i < n && IsQuote(text[i]))
                {
                    value = ReadQuoted(text, ref i, notes);
                }
                value = value.Trim();
                if (value.Length == 0)
                {
                    notes.Add(QueryNote.EmptyFilter);
                    continue;
                }
                yield return new Lexeme(LexemeKind.Clause, new QueryClause(value, IsPhrase: false, field), negated);
                continue;
            }

            if (word.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                notes.Add(QueryNote.WildcardIgnored);
            }
            yield return new Lexeme(LexemeKind.Clause, new QueryClause(word, IsPhrase: false), negated);
        }
    }

    /// <summary>Reads from the opening quote at <paramref name="i"/> to its closing quote, or to the end when there is none.</summary>
    private static string ReadQuoted(string text, ref int i, List<QueryNote> notes)
    {
        int open = i;
        int close = -1;
        for (int j = open + 1; j < text.Length; j++)
        {
            if (IsQuote(text[j]))
            {
                close = j;
                break;
            }
        }
        if (close < 0)
        {
            notes.Add(QueryNote.UnbalancedQuote);
            i = text.Length;
            return text[(open + 1)..];
        }
        i = close + 1;
        return text[(open + 1)..close];
    }
}
