namespace NewsPortal.Data;

/// <summary>
/// The planner's cost of a random page read while pages are stored and their counts folded. A store's statements and
/// the triggers and foreign-key checks they fire join a few pages' new rows to tables that are in memory by then (the
/// rows just written, the keys of articles, links, figures and entities). At PostgreSQL's default of 4 a random read
/// costs four sequential ones, so a statement of several pages chose merge joins that read the whole of
/// <c>articles</c> or <c>article_entities</c> by their keys, and each foreign-key check of an entity scanned every
/// entity rather than look one up: at 100,000 articles the links' count trigger read a thousand blocks a statement.
/// 1.1 is PostgreSQL's documented figure for data that is cached or on solid-state storage; a lookup by key then wins
/// wherever the new rows are few. <c>SET LOCAL</c>: it ends with the transaction, so the portal's own queries keep the
/// server's costs.
/// </summary>
public static class StoringCosts
{
    /// <summary>First in a transaction that stores pages or folds their counts.</summary>
    public const string Set = "SET LOCAL random_page_cost = 1.1";
}
