using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>An index of organisations or people, most-mentioned first, narrowed by a name filter.</summary>
public abstract class EntityIndexModel(NewsPortalDbContext db, EntityKind kind) : PageModel
{
    public const int Limit = 300;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public EntityKind Kind => kind;
    public IReadOnlyList<EntityCount> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await db.TopAsync(kind, Limit, ct, Q?.Trim());
}

/// <summary>One organisation or person: the articles that name them and who else those articles name.</summary>
public abstract class EntityDetailsModel(NewsPortalDbContext db, EntityKind kind) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public EntityKind Kind => kind;
    public string Name { get; private set; } = "";
    public Paged<ArticleCard> Articles { get; private set; } = null!;
    public IReadOnlyList<(EntityKind Kind, IReadOnlyList<EntityCount> Counts)> Alongside { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (!await db.ExistsAsync(kind, name, ct))
        {
            return NotFound();
        }
        Name = name;
        var filter = kind == EntityKind.Person ? new ArticleFilter(Person: name) : new ArticleFilter(Organization: name);
        Articles = await db.ListAsync(filter, PageNumber, 10, ct);
        var alongside = new List<(EntityKind, IReadOnlyList<EntityCount>)>();
        foreach (var other in new[] { EntityKind.District, EntityKind.Cluster, EntityKind.Organization, EntityKind.Person })
        {
            alongside.Add((other, await db.AlongsideAsync(kind, name, other, 10, ct)));
        }
        Alongside = alongside;
        return Page();
    }
}
