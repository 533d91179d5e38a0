namespace NewsPortal.Web.Pages.Shared;

/// <summary>Where a paged list stands: shown by the _Pager partial.</summary>
/// <param name="AtLeast">Total is a lower bound: counting stopped there (see <see cref="CountCapped"/>).</param>
public sealed record Paging(int Page, int PageSize, int Total, bool AtLeast = false)
{
    /// <summary>Rows a capped count stops at: counting every figure of a broad filter costs as much as reading them.</summary>
    public const int CountCap = 1_000;

    /// <summary>Counts at most <see cref="CountCap"/> rows; more shows as "1000+" and the pages stop there.</summary>
    public static async Task<Paging> CountCapped<T>(IQueryable<T> rows, int page, int pageSize, CancellationToken ct)
    {
        var counted = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(rows.Take(CountCap + 1), ct);
        return Counted(counted, page, pageSize);
    }

    /// <summary>Where a page stands when <paramref name="counted"/> rows were found, counting stopped after <see cref="CountCap"/> + 1.</summary>
    public static Paging Counted(int counted, int page, int pageSize) =>
        new(Clamp(page), pageSize, Math.Min(counted, CountCap), counted > CountCap);

    /// <summary>The page number's query-string name; "page" is taken by Razor Pages' own route value.</summary>
    public const string QueryKey = "p";

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Skip => (Math.Clamp(Page, 1, Pages) - 1) * PageSize;
    public int First => Total == 0 ? 0 : Skip + 1;
    public int Last => Math.Min(Total, Skip + PageSize);

    /// <summary>A user-typed page number, kept within reason before the total is known.</summary>
    public static int Clamp(int page) => Math.Clamp(page, 1, 10_000);
}

/// <summary>One page of rows and where it stands.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, Paging Paging);
