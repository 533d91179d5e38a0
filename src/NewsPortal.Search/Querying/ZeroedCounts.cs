namespace NewsPortal.Search.Querying;

/// <summary>
/// Arrays of a segment's size for counting by document, handed back all zeros by whoever used them (each entry set is
/// reset as it is read), so a search neither clears nor scans the whole array: a broad word's names are in tens of
/// thousands of articles, a segment of 100,000 documents is 400 KB.
/// </summary>
internal static class ZeroedCounts
{
    private const int Kept = 8;

    private static readonly List<int[]> Free = [];

    /// <summary>An array of at least <paramref name="length"/> zeros (segments differ in size: the first kept one long enough).</summary>
    public static int[] Rent(int length)
    {
        lock (Free)
        {
            for (int i = 0; i < Free.Count; i++)
            {
                var array = Free[i];
                if (array.Length >= length)
                {
                    Free.RemoveAt(i);
                    return array;
                }
            }
        }
        return new int[length];
    }

    /// <summary>Hands back an array whose entries are all zero again; one that may not be (a search that failed) must not come back.</summary>
    public static void Return(int[] zeros)
    {
        lock (Free)
        {
            if (Free.Count < Kept)
            {
                Free.Add(zeros);
            }
        }
    }
}
