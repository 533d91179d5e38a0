namespace NewsPortal.Web.Pages.Shared;

/// <summary>A simple series for the _Chart partial; js/charts.js draws it with ECharts from data attributes.</summary>
public sealed record Chart(string Id, string Title, IReadOnlyList<string> Labels, IReadOnlyList<decimal> Values, string Type = "line", string? Unit = null,
    IReadOnlyList<string>? Links = null)
{
    /// <summary>Where clicking each point leads (its article), or null when the points link nowhere.</summary>
    public string? LinksJson => Links is null ? null : DataAttribute.Json(Links);

    public string LabelsJson => DataAttribute.Json(Labels);
    public string ValuesJson => DataAttribute.Json(Values);
}
