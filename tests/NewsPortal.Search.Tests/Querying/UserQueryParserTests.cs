using NewsPortal.Search.Querying;

namespace NewsPortal.Search.Tests.Querying;

public sealed class UserQueryParserTests
{
    /// <summary>Groups joined by " AND ", alternatives by " | ", exclusions as -x, filters as field=value, phrases quoted.</summary>
    private static string Describe(UserQuery query)
    {
        static string Clause(QueryClause c) => c.IsFilter ? $"{c.Field}={c.Text}" : c.IsPhrase ? $"\"{c.Text}\"" : c.Text;
        var parts = query.Groups.Select(g => string.Join(" | ", g.Select(Clause)))
            .Concat(query.Excluded.Select(c => "-" + Clause(c)));
        if (query.Dates is { } dates)
        {
            parts = parts.Append($"date={dates.From:yyyy-MM-dd}..{dates.To:yyyy-MM-dd}");
        }
        return string.Join(" AND ", parts);
    }

    [Theory]
    [InlineData("智能网联 传感器", "智能网联 AND 传感器")]
    [InlineData("\"产业 创新\" 涪陵", "\"产业 创新\" AND 涪陵")]
    [InlineData("“跨省通办” 川渝", "\"跨省通办\" AND 川渝")]
    [InlineData("新能源 -涪陵区", "新能源 AND -涪陵区")]
    [InlineData("新能源 -\"涪陵 区\"", "新能源 AND -\"涪陵 区\"")]
    [InlineData("传感器 OR 跨省通办 川渝", "传感器 | 跨省通办 AND 川渝")]
    [InlineData("a OR b OR c", "a | b | c")]
    [InlineData("新能源 district:涪陵区", "新能源 AND district=涪陵区")]
    [InlineData("区县：涪陵区", "district=涪陵区")]
    [InlineData("cluster:\"智能网联 新能源汽车\"", "cluster=智能网联 新能源汽车")]
    [InlineData("district:涪陵区 OR district:长寿区", "district=涪陵区 | district=长寿区")]
    [InlineData("榨菜 -source:涪陵日报", "榨菜 AND -source=涪陵日报")]
    [InlineData("通办 date:2024-12-01..2024-12-31", "通办 AND date=2024-12-01..2024-12-31")]
    [InlineData("通办 date:2024-02", "通办 AND date=2024-02-01..2024-02-29")]
    [InlineData("通办 date:2024", "通办 AND date=2024-01-01..2024-12-31")]
    [InlineData("通办 date:2024-12-01..", "通办 AND date=2024-12-01..")]
    [InlineData("http://cqrb.cn", "http://cqrb.cn")]
    [InlineData("NOT 涪陵", "-涪陵")]
    [InlineData("智能 AND 网联", "智能 AND 网联")]
    [InlineData("智能网联，传感器、跨省通办", "智能网联 AND 传感器 AND 跨省通办")]
    [InlineData("\"智能网联，传感器\"", "\"智能网联，传感器\"")]
    [InlineData("产值1,234万元", "产值1,234万元")]
    [InlineData("", "")]
    public void Parses_words_phrases_exclusions_or_and_filters(string input, string expected)
    {
        var query = UserQueryParser.Parse(input);

        Assert.Equal(expected, Describe(query));
        Assert.Empty(query.Notes);
    }

    [Theory]
    [InlineData("\"智能网联", "\"智能网联\"", QueryNote.UnbalancedQuote)]
    [InlineData("OR 传感器", "传感器", QueryNote.LoneOperator)]
    [InlineData("传感器 OR", "传感器", QueryNote.LoneOperator)]
    [InlineData("传感器 OR OR 通办", "传感器 | 通办", QueryNote.LoneOperator)]
    [InlineData("- 传感器 --", "传感器", QueryNote.LoneOperator)]
    [InlineData("*传感", "*传感", QueryNote.WildcardIgnored)]
    [InlineData("通办 date:2024-13", "通办", QueryNote.InvalidDate)]
    [InlineData("通办 date:yesterday", "通办", QueryNote.InvalidDate)]
    [InlineData("district: 通办", "通办", QueryNote.EmptyFilter)]
    public void Unusable_parts_are_dropped_and_noted(string input, string expected, QueryNote note)
    {
        var query = UserQueryParser.Parse(input);

        Assert.Equal(expected, Describe(query));
        Assert.Contains(note, query.Notes);
    }

    [Fact]
    public void Long_queries_are_truncated_with_a_note()
    {
        var query = UserQueryParser.Parse(new string('智', 10_000));

        Assert.Contains(QueryNote.Truncated, query.Notes);
        Assert.Equal(UserQueryParser.MaxLength, query.Groups.Single().Single().Text.Length);
    }

    [Fact]
    public void Only_the_first_clauses_of_a_very_wordy_query_are_used()
    {
        var query = UserQueryParser.Parse(string.Join(" ", Enumerable.Range(0, 100).Select(i => $"w{i}")));

        Assert.Equal(UserQueryParser.MaxClauses, query.Groups.Count);
        Assert.Contains(QueryNote.TooManyTerms, query.Notes);
    }

    [Fact]
    public void Control_characters_separate_words()
    {
        var query = UserQueryParser.Parse("智能\u0000网联\u0007\u200b传感器");

        Assert.Equal("智能 AND 网联 AND 传感器", Describe(query));
    }
}
