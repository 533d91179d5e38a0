namespace NewsPortal.Core.Parsing;

/// <summary>The districts a text names, found in one pass over it: names are looked up by their first letter.</summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<char, (string Name, string District)[]> _byFirstLetter;
    /// <summary>Letters that begin some name: most letters of a text are passed over with one array read.</summary>
    private readonly bool[] _opens = new bool[char.MaxValue + 1];

    public PlaceNames(IEnumerable<(string Name, string District)> names)
    {
        _byFirstLetter = names
            .Where(n => n.Name.Length >= 2)
            .DistinctBy(n => n.Name, StringComparer.Ordinal)
            .GroupBy(n => n.Name[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Name.Length).ToArray());
        foreach (var letter in _byFirstLetter.Keys) _opens[letter] = true;
    }

    public IReadOnlySet<string> Find(string text)
    {
        HashSet<string>? found = null;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (!_opens[text[i]]) continue;
            foreach (var (name, district) in _byFirstLetter[text[i]])
            {
                if (string.CompareOrdinal(text, i, name, 0, name.Length) != 0) continue;
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(district);
                i += name.Length - 1;
                break;
            }
        }
        return found ?? (IReadOnlySet<string>)EmptySet;
    }

    private static readonly HashSet<string> EmptySet = [];
}
