namespace NewsPortal.Cli.Tests;

public sealed class CorpusChunksTests
{
    [Theory]
    [InlineData(20_000, 3, 9)]
    [InlineData(100_000, 3, 9)]
    [InlineData(100_000, 1, 30)]
    [InlineData(7_000, 3, 6)]
    [InlineData(500, 3, 6)]
    public void Chunks_handed_out_ahead_are_the_chunks_of_a_build_that_stored_each_before_sizing_the_next(int target, int fewest, int most)
    {
        var random = new Random(target ^ most);
        var articles = Enumerable.Range(0, 40_000).Select(_ => random.Next(fewest, most + 1)).ToArray();

        // Chunk after chunk, each stored before the next is sized (bench corpus before session 27).
        var waited = new List<int>();
        for (var (pages, stored) = (0, 0L); stored < target;)
        {
            var size = CorpusChunks.Size(target, stored, pages);
            waited.Add(size);
            stored += articles.Skip(pages).Take(size).Sum();
            pages += size;
        }

        // Ahead: the next chunk is sized when the reader asks for its first page, with whole batches of 64 read and analysed
        // and the rest of the pages handed out not; without a size that holds whatever those hold, the pipeline drains.
        var ahead = new List<int>();
        var drains = 0;
        for (var (pages, stored) = (0, 0L); stored < target; drains++)
        {
            var (start, found) = (pages, 0L);
            var size = CorpusChunks.Size(target, stored, pages);
            while (true)
            {
                ahead.Add(size);
                pages += size;
                var read = (pages - start) / 64 * 64;
                found = articles.Skip(start).Take(read).Sum();
                var atMost = stored + found + (pages - start - read) * (long)CorpusChunks.MostArticlesAPage;
                if (CorpusChunks.SizeWhatever(target, stored, atMost, pages) is not { } next) break;
                size = next;
            }
            stored += articles.Skip(start).Take(pages - start).Sum();
        }

        Assert.Equal(waited, ahead);
        if (waited.Count(s => s == CorpusChunks.MostPages) > 6) Assert.True(drains < waited.Count / 2, $"{drains} drains for {waited.Count} chunks");
    }

    [Fact]
    public void A_chunk_is_handed_out_ahead_only_when_it_is_a_whole_one_whatever_is_stored_meanwhile()
    {
        // 20,000 articles, 9,650 of them stored by 2,000 pages: 2,145 pages more at 4.8 a page, so a whole chunk.
        Assert.Equal(CorpusChunks.MostPages, CorpusChunks.SizeWhatever(20_000, 9_650, 9_650, 2_000));
        // Up to 14,000 stored by then: 857 pages more, so it depends on what the chunks in flight hold.
        Assert.Null(CorpusChunks.SizeWhatever(20_000, 9_650, 14_000, 2_000));
        // Nothing stored yet counts 6.5 articles a page: 5,000 articles are 770 pages, whatever the first chunk holds.
        Assert.Null(CorpusChunks.SizeWhatever(5_000, 0, 100, 1_000));
        Assert.Equal(CorpusChunks.MostPages, CorpusChunks.SizeWhatever(50_000, 0, 100, 1_000));
    }
}
