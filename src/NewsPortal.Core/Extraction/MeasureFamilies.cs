using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>measure-families.json: which family (产值, 投资, 增速, 数量…) a measure belongs to.</summary>
public sealed class MeasureFamilies
{
    private static readonly Lazy<MeasureFamilies> Shared = new(() => new MeasureFamilies(DataFile.Read<FamilyTable>("measure-families.json")));
    private readonly FamilyTable _table;

    private MeasureFamilies(FamilyTable table) => _table = table;

    /// <summary>The families loaded from the embedded table.</summary>
    public static MeasureFamilies Default => Shared.Value;

    /// <summary>Family names in the order they are tried, for filters.</summary>
    public IReadOnlyList<string> Names => [.. _table.Families.Select(f => f.Name)];

    /// <summary>The first family whose keyword the measure holds, else the first listed for the kind.</summary>
    public string Of(string? measure, FigureKind kind)
    {
        if (!string.IsNullOrEmpty(measure))
        {
            foreach (var family in _table.Families)
            {
                foreach (var keyword in family.Keywords ?? [])
                {
                    if (measure.Contains(keyword, StringComparison.Ordinal)) return family.Name;
                }
            }
        }
        var kindName = kind.ToString();
        foreach (var family in _table.Families)
        {
            if (family.Kinds?.Any(k => string.Equals(k, kindName, StringComparison.OrdinalIgnoreCase)) == true) return family.Name;
        }
        return _table.Families[^1].Name;
    }

    private sealed record FamilyTable(IReadOnlyList<Family> Families);

    private sealed record Family(string Name, IReadOnlyList<string>? Keywords, IReadOnlyList<string>? Kinds);
}
