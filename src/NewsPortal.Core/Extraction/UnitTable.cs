using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>units.json: multipliers, units and the figure kind each unit implies.</summary>
internal sealed record UnitTable(
    IReadOnlyList<Multiplier> Multipliers,
    IReadOnlyList<string> RateSuffixes,
    IReadOnlyList<UnitEntry> Units,
    IReadOnlyList<string> SmallChineseNumeralExcludedUnits,
    IReadOnlyList<IReadOnlyList<string>> SameCounted,
    IReadOnlyList<string> PersonalUnits)
{
    /// <summary>The unit a repeated figure is compared by: 名 and 位 count the same people as 人.</summary>
    public string CountedAs(string baseUnit) => SameCounted.FirstOrDefault(g => g.Contains(baseUnit))?[0] ?? baseUnit;

    public static UnitTable Load() => DataFile.Read<UnitTable>("units.json");
}

internal sealed record Multiplier(string Prefix, decimal Factor);

/// <summary>A unit as printed; Kind "none" marks a word that only looks like a unit (个月, 项目).</summary>
internal sealed record UnitEntry(string Unit, string Kind, string? PrintedAs = null)
{
    public bool IsUnit => Kind != "none";

    public FigureKind FigureKind => Kind switch
    {
        "amount" => FigureKind.Amount,
        "percent" => FigureKind.Percent,
        "growth" => FigureKind.Growth,
        "count" => FigureKind.Count,
        "capacity" => FigureKind.Capacity,
        "share" => FigureKind.Share,
        _ => FigureKind.Other,
    };
}
