namespace NewsPortal.Core.Extraction;

/// <summary>figure-cues.json: words around a number that say how it was reported.</summary>
internal sealed record FigureCues(
    IReadOnlyList<string> ApproximationsBefore,
    IReadOnlyList<string> ApproximationsAfter,
    IReadOnlyList<string> RangeSeparators,
    IReadOnlyList<string> GrowthCues,
    IReadOnlyList<string> ShareCues,
    IReadOnlyList<string> CapacityCues,
    IReadOnlyList<string> TargetCues,
    IReadOnlyList<string> ForecastCues,
    IReadOnlyList<string> ActualCues,
    int SlogansQuoteMaxLength,
    IReadOnlyList<string> OrdinalPrefixes,
    IReadOnlyList<string> MeasureTrailingWords,
    IReadOnlyList<string> MeasureLeadingWords,
    IReadOnlyList<string> MunicipalWords,
    string MunicipalName,
    IReadOnlyList<string> StatusMasks,
    IReadOnlyList<string> NotFigureCues,
    IReadOnlyList<string> MunicipalMasks,
    IReadOnlyList<string> ObjectMarkers,
    IReadOnlyList<string> SubjectExcluded,
    IReadOnlyList<string> SpanQualifiers,
    IReadOnlyList<BackReference> BackReferences)
{
    public static FigureCues Load() => DataFile.Read<FigureCues>("figure-cues.json");
}

/// <summary>A word that points back to something named earlier: 全区 to a district, 园区 to a park.</summary>
internal sealed record BackReference(string Word, string RefersTo)
{
    public bool ToDistrict => RefersTo == "district";
}
