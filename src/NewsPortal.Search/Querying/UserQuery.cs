namespace NewsPortal.Search.Querying;

/// <summary>One word, quoted phrase or field filter of a user query.</summary>
/// <param name="Field">Null for text; otherwise a keyword field of <see cref="Indexing.ArticleFields.Filterable"/>.</param>
public sealed record QueryClause(string Text, bool IsPhrase, string? Field = null)
{
    public bool IsFilter => Field is not null;
}

/// <summary>
/// A parsed user query: every group must match (the clauses of a group are alternatives joined by OR),
/// no excluded clause may match, and the edition date must fall in <see cref="Dates"/>.
/// </summary>
public sealed record UserQuery(
    IReadOnlyList<IReadOnlyList<QueryClause>> Groups,
    IReadOnlyList<QueryClause> Excluded,
    DateRange? Dates,
    IReadOnlyList<QueryNote> Notes)
{
    public bool IsBlank => Groups.Count == 0 && Excluded.Count == 0 && Dates is null;
}
