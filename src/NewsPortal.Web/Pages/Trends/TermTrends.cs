using NewsPortal.Search;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Pages.Trends;

/// <summary>Monthly article counts of a few queries, absolute and per 1,000 articles published that month.</summary>
/// <param name="Months">yyyy-MM, every month from the first to the last any series has, gaps filled.</param>
/// <param name="Totals">All articles published in each month: the base of the per-thousand rates.</param>
public sealed record TrendSeries(IReadOnlyList<string> Months, IReadOnlyList<int> Totals, IReadOnlyList<TermTrend> Terms)
{
    public const int MaxTerms = 5;

    /// <summary>One pass over the index per series and one over every article for the totals; no database query.</summary>
    public static TrendSeries Build(IArticleStatistics statistics, IReadOnlyList<(string Label, SearchRequest Request)> series)
    {
        var counted = series.Take(MaxTerms).Select(s => (s.Label, s.Request, Summary: statistics.Summarize(s.Request))).ToList();
        var months = SearchLinks.MonthsBetween(counted.SelectMany(c => c.Summary.Months).Select(m => m.Value).Distinct());
        var all = statistics.Summarize(new SearchRequest("")).Months.ToDictionary(m => m.Value, m => m.Count, StringComparer.Ordinal);
        var totals = months.Select(m => all.GetValueOrDefault(m)).ToList();
        var terms = counted.Select(c =>
        {
            var byMonth = c.Summary.Months.ToDictionary(m => m.Value, m => m.Count, StringComparer.Ordinal);
            var counts = months.Select(m => byMonth.GetValueOrDefault(m)).ToList();
            return new TermTrend(
                c.Label,
                c.Summary.Total,
                counts,
                [.. counts.Select((n, i) => totals[i] == 0 ? 0 : Math.Round(n * 1000.0 / totals[i], 2))],
                [.. months.Select(m =>
                {
                    var (from, to) = SearchLinks.Month(m);
                    return SearchLinks.For(c.Request.Query, c.Request.Filters, from, to);
                })],
                c.Summary.Message);
        }).ToList();
        return new TrendSeries(months, totals, terms);
    }

    /// <summary>Each user query (up to <see cref="MaxTerms"/>, blanks and repeats dropped) as a series of its own.</summary>
    public static IReadOnlyList<(string Label, SearchRequest Request)> Queries(IEnumerable<string?> queries) =>
        [.. queries.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q!.Trim()).Distinct(StringComparer.Ordinal)
            .Take(MaxTerms).Select(q => (q, new SearchRequest(q)))];
}

/// <param name="Links">For each month, the search for this query narrowed to it.</param>
public sealed record TermTrend(string Label, int Total, IReadOnlyList<int> Counts, IReadOnlyList<double> PerThousand, IReadOnlyList<string> Links, string? Message);
