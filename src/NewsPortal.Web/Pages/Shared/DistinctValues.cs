using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// The distinct values of an indexed column by a skip scan (a recursive query that jumps from one value to the
/// next through the index): as many probes as there are values, however many rows hold them.
/// </summary>
public static class DistinctValues
{
    /// <summary>Drop-downs list at most this many values.</summary>
    public const int Limit = 300;

    public static readonly string ArticleSources = SkipScan("articles", "source");
    public static readonly string FigureMeasures = SkipScan("metrics", "measure");
    public static readonly string FigurePeriods = SkipScan("metrics", "period");

    public static Task<List<string>> ListAsync(this NewsPortalDbContext db, string skipScan, CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>(skipScan).ToListAsync(ct);

    private static string SkipScan(string table, string column) => string.Concat(
        "WITH RECURSIVE v AS (",
        "(SELECT ", column, " AS value FROM ", table, " WHERE ", column, " IS NOT NULL ORDER BY ", column, " LIMIT 1) ",
        "UNION ALL SELECT (SELECT t.", column, " FROM ", table, " t WHERE t.", column, " > v.value ORDER BY t.", column, " LIMIT 1) ",
        "FROM v WHERE v.value IS NOT NULL) ",
        "SELECT value AS \"Value\" FROM v WHERE value IS NOT NULL LIMIT ", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
