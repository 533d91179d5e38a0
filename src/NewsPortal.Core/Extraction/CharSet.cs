namespace NewsPortal.Core.Extraction;

/// <summary>A set of characters answered by two array steps, for tests made on every character of a text.</summary>
internal sealed class CharSet
{
    private readonly bool[]?[] _pages = new bool[]?[256];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (var c in chars)
        {
            var page = _pages[c >> 8] ??= new bool[256];
            page[c & 0xFF] = true;
        }
    }

    public bool Contains(char c) => _pages[c >> 8] is { } page && page[c & 0xFF];
}
