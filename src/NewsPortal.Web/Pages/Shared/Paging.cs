namespace NewsPortal.Web.Pages.Shared;

/// <summary>Where a paged list stands: shown by the _Pager partial.</summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
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
