using NewsPortal.Core.Extraction;

namespace NewsPortal.Core.Parsing;

/// <summary>The districts a text names (by name, alias or name without 区/县), found with the extraction's phrase matcher.</summary>
internal sealed class PlaceNames(IEnumerable<(string Name, string District)> names)
{
    private readonly PhraseMatcher<string> _names = new(names.Where(n => n.Name.Length >= 2));

    public IReadOnlySet<string> Find(string text)
    {
        var found = _names.FindAll(text);
        return found.Count == 0 ? EmptySet : found.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly HashSet<string> EmptySet = [];
}
