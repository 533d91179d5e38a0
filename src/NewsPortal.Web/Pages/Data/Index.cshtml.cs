using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Search;

namespace NewsPortal.Web.Pages.Data;

/// <summary>
/// What ingestion has done: files processed and failed (with reasons), counts, last update, the index's state;
/// and a button that moves the inbox's failed files back to be ingested again.
/// </summary>
public sealed class IndexModel(NewsPortalDbContext db, IServiceProvider services) : PageModel
{
    public const int FileLimit = 200;

    public IReadOnlyList<IngestedFile> Files { get; private set; } = [];
    public int Processed { get; private set; }
    public int Failed { get; private set; }
    public int Editions { get; private set; }
    public int Articles { get; private set; }
    public int Figures { get; private set; }
    public IReadOnlyList<(EntityKind Kind, int Count)> Entities { get; private set; } = [];
    public DateTimeOffset? LastUpdate { get; private set; }
    /// <summary>Documents in the search index, or null when the index is not available.</summary>
    public int? Indexed { get; private set; }
    public string? IndexProblem { get; private set; }
    /// <summary>Files waiting in the inbox's failed/ folder, or null when this portal has no inbox.</summary>
    public int? WaitingInFailed { get; private set; }

    /// <summary>What the last retry did, shown once after its redirect.</summary>
    [TempData]
    public string? RetryMessage { get; set; }

    public IActionResult OnPostRetry()
    {
        if (services.GetService<FailedFiles>() is not { } failed) return NotFound();
        var summary = failed.Retry();
        RetryMessage = $"已将 {summary.Moved.Count} 个失败文件移回收件箱，将重新入库。"
            + (summary.Skipped.Count > 0 ? $"{summary.Skipped.Count} 个因收件箱中已有同名文件而保留在 failed/ 中。" : "");
        return RedirectToPage();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Files = await db.IngestedFiles.AsNoTracking()
            .OrderBy(f => f.Status == IngestStatus.Failed ? 0 : 1).ThenByDescending(f => f.StartedAt)
            .Take(FileLimit).ToListAsync(ct);
        Processed = await db.IngestedFiles.CountAsync(f => f.Status == IngestStatus.Processed, ct);
        Failed = await db.IngestedFiles.CountAsync(f => f.Status == IngestStatus.Failed, ct);
        Editions = await db.Editions.CountAsync(ct);
        Articles = await db.Articles.CountAsync(ct);
        Figures = await db.Metrics.CountAsync(ct);
        var entities = await db.Entities.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Entities = [.. Enum.GetValues<EntityKind>().Select(k => (k, entities.FirstOrDefault(e => e.Key == k)?.Count ?? 0))];
        LastUpdate = await db.IngestedFiles.MaxAsync(f => (DateTimeOffset?)f.StartedAt, ct);
        WaitingInFailed = services.GetService<FailedFiles>()?.List().Count;
        try
        {
            Indexed = services.GetService<IArticleIndex>()?.Count;
            IndexProblem = Indexed is null ? "检索索引未配置。" : null;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            IndexProblem = "检索索引无法打开。";
        }
    }
}
