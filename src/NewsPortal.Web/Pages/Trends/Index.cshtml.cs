using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Search;
using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Pages.Trends;

/// <summary>/trends?q=…&amp;q=…: up to five queries or filters, their articles per month, absolute and per 1,000.</summary>
[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(IArticleStatistics statistics) : PageModel
{
    [BindProperty(SupportsGet = true)] public string[] Q { get; set; } = [];

    public TrendSeries? Trend { get; private set; }

    /// <summary>The boxes of the form: the queries given, then empty ones up to five.</summary>
    public IReadOnlyList<string> Boxes => [.. Q.Where(q => !string.IsNullOrWhiteSpace(q)).Take(TrendSeries.MaxTerms)
        .Concat(Enumerable.Repeat("", TrendSeries.MaxTerms)).Take(TrendSeries.MaxTerms)];

    public void OnGet() => Trend = Build();

    public IActionResult OnGetCsv() =>
        Build() is { } trend ? File(TrendCsv.Write(trend), "text/csv; charset=utf-8", "trends.csv") : BadRequest();

    private TrendSeries? Build()
    {
        var queries = TrendSeries.Queries(Q);
        return queries.Count == 0 ? null : TrendSeries.Build(statistics, queries);
    }
}
