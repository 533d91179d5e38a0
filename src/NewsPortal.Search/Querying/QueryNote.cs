namespace NewsPortal.Search.Querying;

/// <summary>Something about a query the user should know: it was changed or partly ignored.</summary>
public enum QueryNote
{
    Truncated,
    TooManyTerms,
    UnbalancedQuote,
    LoneOperator,
    WildcardIgnored,
    NothingSearchable,
    InvalidDate,
    EmptyFilter,
    UnknownFilter,
    DateRangeEmpty,
}

/// <summary>The user-facing wording of <see cref="QueryNote"/>s.</summary>
public static class QueryNoteText
{
    public static string Describe(QueryNote note) => note switch
    {
        QueryNote.Truncated => $"查询过长，只使用了前 {UserQueryParser.MaxLength} 个字符。",
        QueryNote.TooManyTerms => $"检索词过多，只使用了前 {UserQueryParser.MaxClauses} 个。",
        QueryNote.UnbalancedQuote => "引号不成对，已把引号后的内容当作短语检索。",
        QueryNote.LoneOperator => "忽略了多余的 OR 或减号。",
        QueryNote.WildcardIgnored => "不支持通配符 * 和 ?，已按普通词检索。",
        QueryNote.NothingSearchable => "查询中没有可检索的文字。",
        QueryNote.InvalidDate => "无法识别的日期，格式如 date:2024-12-01..2024-12-31 或 date:2024-12。",
        QueryNote.EmptyFilter => "筛选条件缺少取值，已忽略。",
        QueryNote.UnknownFilter => "忽略了未知的筛选项。",
        QueryNote.DateRangeEmpty => "起始日期晚于结束日期，没有结果。",
        _ => note.ToString(),
    };

    /// <summary>One message for all notes, or null when there is nothing to say.</summary>
    public static string? Join(IEnumerable<QueryNote> notes)
    {
        var distinct = notes.Distinct().ToList();
        return distinct.Count == 0 ? null : string.Join(" ", distinct.Select(Describe));
    }
}
