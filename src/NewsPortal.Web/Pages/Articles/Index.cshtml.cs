using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Articles;

[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db, ArticlePageKeys keys) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cluster { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public FilterChoices Choices { get; private set; } = null!;
    public bool Filtered =>
        new[] { District, Cluster, Industry, Source, Kind }.Any(v => !string.IsNullOrEmpty(v)) || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new ArticleFilter(District, Cluster, Industry, Source, Labels.Parse<ArticleKind>(Kind), From, To, Sort);
        Articles = await db.ListAsync(filter, PageNumber, PageSize, ct, keys);
        Choices = new FilterChoices(
            await db.EntityNamesAsync(EntityKind.District, ct),
            await db.EntityNamesAsync(EntityKind.Cluster, ct),
            await db.EntityNamesAsync(EntityKind.Industry, ct),
            await db.SourcesAsync(ct));
    }

    public IReadOnlyList<FilterSelect> Selects =>
    [
        new("district", "区县", FilterSelect.Plain(Choices.Districts), District),
        new("cluster", "产业集群", FilterSelect.Plain(Choices.Clusters), Cluster),
        new("industry", "产业", FilterSelect.Plain(Choices.Industries), Industry),
        new("source", "来源", FilterSelect.Plain(Choices.Sources), Source),
        new("kind", "体裁", FilterSelect.Of<ArticleKind>(), Kind),
        new("sort", "排序", ArticleFilter.Sorts, Sort ?? "newest", AllLabel: null),
    ];

    /// <summary>The values each filter drop-down offers.</summary>
    public sealed record FilterChoices(
        IReadOnlyList<string> Districts, IReadOnlyList<string> Clusters, IReadOnlyList<string> Industries, IReadOnlyList<string> Sources);
}
