namespace NewsPortal.Core.Extraction;

/// <summary>districts.json and clusters.json: canonical names with the printed forms that refer to them.</summary>
internal sealed record ReferenceList(IReadOnlyList<ReferenceItem> Items)
{
    public static ReferenceList Load(string fileName) => DataFile.Read<ReferenceList>(fileName);
}

internal sealed record ReferenceItem(string Name, IReadOnlyList<string>? Aliases, string? Type, string? System);

/// <summary>places.json: places that imply a district, and short forms that need a context word.</summary>
internal sealed record PlaceTable(IReadOnlyList<Place> Places, IReadOnlyList<ContextualShortForm> ContextualShortForms, IReadOnlyList<string> MaskPhrases)
{
    public static PlaceTable Load() => DataFile.Read<PlaceTable>("places.json");
}

internal sealed record Place(string Name, string? District);

internal sealed record ContextualShortForm(string Form, string District, IReadOnlyList<string> Before, IReadOnlyList<string> After);
