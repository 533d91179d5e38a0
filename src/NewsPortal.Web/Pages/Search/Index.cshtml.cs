using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using NewsPortal.Search;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Pages.Search;

[EnableRateLimiting(RateLimitOptions.Search)]
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(IArticleIndex index) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string[] District { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Cluster { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Industry { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Source { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Kind { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Month { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Organization { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Person { get; set; } = [];
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.QueryKey)] public int PageNumber { get; set; } = 1;

    public SearchResult? Result { get; private set; }
    public Paging Paging { get; private set; } = new(1, PageSize, 0);
    public IReadOnlyList<FacetList> Facets { get; private set; } = [];
    /// <summary>Articles per month, exports and feed of this very query (see Pages/Topics).</summary>
    public SearchTopic? Topic { get; private set; }
    public bool Asked => !string.IsNullOrWhiteSpace(Q) || Filters().Count > 0 || From is not null || To is not null;

    public void OnGet()
    {
        if (!Asked)
        {
            return;
        }
        var request = new SearchRequest(Q?.Trim() ?? "", Filters(), From, To, Paging.Clamp(PageNumber), PageSize);
        Result = index.Search(request);
        Paging = new Paging(request.Page, PageSize, Result.Total);
        Facets = FacetList.Names
            .Select(f => new FacetList(f.Key, f.Label, Result.Facets.GetValueOrDefault(f.Key) ?? []))
            .ToList();
        Topic = SearchTopic.For(HttpContext, request, Result);
    }

    private Dictionary<string, IReadOnlyList<string>> Filters() => new Dictionary<string, string[]>
    {
        ["district"] = District,
        ["cluster"] = Cluster,
        ["industry"] = Industry,
        ["source"] = Source,
        ["kind"] = Kind,
        ["month"] = Month,
        ["organization"] = Organization,
        ["person"] = Person,
    }
        .Where(f => f.Value.Any(v => !string.IsNullOrWhiteSpace(v)))
        .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Where(v => !string.IsNullOrWhiteSpace(v)).ToList());
}
