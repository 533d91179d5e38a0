using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Data;
using NewsPortal.Search;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Pages.Compare;

/// <summary>/compare?a=district:涪陵区&amp;b=district:江北区: two districts, clusters or industries side by side.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(IArticleStatistics statistics, NewsPortalDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? A { get; set; }
    [BindProperty(SupportsGet = true)] public string? B { get; set; }

    public Comparison? Result { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(A) && string.IsNullOrWhiteSpace(B))
        {
            return;
        }
        var (a, b) = (TopicFilter.Parse(A), TopicFilter.Parse(B));
        if (a is null || b is null || !Comparison.Comparable(a) || !Comparison.Comparable(b))
        {
            Problem = "请用“区县:名称”“集群:名称”或“产业:名称”的形式填写两项，例如 district:涪陵区。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Result = await Comparison.BuildAsync(statistics, db, a, b, ct);
    }
}
