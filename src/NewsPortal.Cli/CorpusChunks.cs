namespace NewsPortal.Cli;

/// <summary>
/// The chunks `bench corpus` grows a corpus in: up to 1,000 pages, the last ones sized from the articles a page has held so
/// far, until the corpus has the articles asked for. A chunk follows the one before without waiting for it to be stored
/// whenever its size cannot depend on what that one holds, so the pipeline is not drained at every chunk's end and the
/// corpus gets the very pages that chunks stored one after the other got (docs/benchmarks.md, Ingestion, session 27).
/// </summary>
internal static class CorpusChunks
{
    public const int MostPages = 1000;

    /// <summary>
    /// Articles a page read but not analysed yet is taken to hold at most. The synthetic pages parse into 3–9; a page
    /// holding more would only make a chunk wait for the one before when it need not have.
    /// </summary>
    public const int MostArticlesAPage = 64;

    /// <summary>The next chunk's size once <paramref name="stored"/> articles of <paramref name="pages"/> pages are stored.</summary>
    public static int Size(int articles, long stored, long pages)
    {
        var perPage = stored > 0 && pages > 0 ? (double)stored / pages : 6.5;
        return (int)Math.Clamp(Math.Ceiling((articles - stored) / perPage), 1, MostPages);
    }

    /// <summary>
    /// The next chunk's size if it is the same for every number of stored articles from <paramref name="storedAtLeast"/>
    /// to <paramref name="storedAtMost"/>, else null (the chunks before must be stored first). Only a whole chunk qualifies:
    /// the size falls as the stored articles rise (the ones a page has more, the fewer pages left), and no stored article
    /// at all counts 6.5 a page.
    /// </summary>
    public static int? SizeWhatever(int articles, long storedAtLeast, long storedAtMost, long pages)
    {
        var fewest = Size(articles, storedAtMost, pages);
        if (storedAtLeast == 0) fewest = Math.Min(fewest, Size(articles, 0, pages));
        return fewest == MostPages ? MostPages : null;
    }
}
