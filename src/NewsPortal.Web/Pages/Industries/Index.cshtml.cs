using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Core.Extraction;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Pages.Industries;

/// <summary>The industry vocabulary by classification, with how many articles speak of each entry.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db) : PageModel
{
    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.IndustryCountsAsync(ct);
        Sources = IndustryVocabulary.Default.Entries
            .GroupBy(e => e.Source)
            .Select(g => new Source(g.Key, [.. g.Select(e => new Row(e, counts.GetValueOrDefault(e.Name)?.Articles ?? 0))]))
            .ToList();
    }

    public sealed record Source(string Name, IReadOnlyList<Row> Industries);

    public sealed record Row(IndustryEntry Industry, int Articles);
}
