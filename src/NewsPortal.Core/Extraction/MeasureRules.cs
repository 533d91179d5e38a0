namespace NewsPortal.Core.Extraction;

/// <summary>measures.json: how a measure's name is read from the words around its number.</summary>
internal sealed record MeasureRules(
    IReadOnlyList<string> TriggerVerbs,
    IReadOnlyList<string> Qualifiers,
    IReadOnlyList<string> QualifiersAfter,
    IReadOnlyList<string> LeadingWords,
    IReadOnlyList<string> InnerVerbs,
    IReadOnlyList<string> SubjectWords,
    IReadOnlyList<string> ObjectVerbs,
    IReadOnlyList<string> KeptVerbs,
    IReadOnlyList<string> NounStops,
    IReadOnlyList<string> Conjunctions,
    IReadOnlyList<UnitSuffix> UnitSuffixes,
    IReadOnlyList<string> SuffixAlready,
    IReadOnlyList<UnitMeasure> UnitMeasures,
    IReadOnlyList<string> OwnedExact,
    IReadOnlyList<string> OwnedPrefixes,
    IReadOnlyList<string> OwnedShortEndings,
    int OwnedShortLength,
    IReadOnlyList<string> BareMeasures,
    string Boundaries,
    string BadEndings,
    string BadStarts,
    IReadOnlyList<MeasureAlias> Aliases,
    int MaxLength,
    string Locatives,
    IReadOnlyList<NameMeasure> NamesNeedingMeasure,
    IReadOnlyList<string> SuffixNotWith)
{
    public static MeasureRules Load() => DataFile.Read<MeasureRules>("measures.json");
}

/// <summary>What a unit adds to the noun it counts: 数 for things counted, 面积 for areas.</summary>
internal sealed record UnitSuffix(string Suffix, string? Unit = null, string? Kind = null);

/// <summary>A measure told by the unit alone (41岁 → 年龄).</summary>
internal sealed record UnitMeasure(string Unit, string Measure);

/// <summary>A short form printed in measures and its full form (规上 → 规模以上).</summary>
internal sealed record MeasureAlias(string Printed, string Canonical);

/// <summary>A name that is not itself a measure: an amount printed after an industry (新型储能产业…100亿元) is its 规模.</summary>
internal sealed record NameMeasure(string Ending, string Kind, string Measure);
