using NewsPortal.Search;

namespace NewsPortal.Web.Api;

/// <summary>The search page's query string as API parameters: the query, every filter and the date range.</summary>
public sealed record SearchParameters(
    string? Q, string[]? District, string[]? Cluster, string[]? Industry, string[]? Source, string[]? Kind, string[]? Month,
    string[]? Organization, string[]? Person, DateOnly? From, DateOnly? To)
{
    public SearchRequest ToRequest(int page = 1, int pageSize = 20) => new(Q?.Trim() ?? "", Filters(), From, To, page, pageSize);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters() => new Dictionary<string, string[]?>
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
        .Where(f => f.Value?.Any(v => !string.IsNullOrWhiteSpace(v)) == true)
        .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.Value!.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())]);
}
