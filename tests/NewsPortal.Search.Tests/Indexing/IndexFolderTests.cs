using Lucene.Net.Store;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Tests.Fixtures;
using Directory = System.IO.Directory;

namespace NewsPortal.Search.Tests.Indexing;

/// <summary>The index's folder writes what Lucene.Net's own file output writes, with the same checksums, and no compound files.</summary>
public sealed class IndexFolderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "newsportal-folder-" + Guid.NewGuid().ToString("N"));

    public IndexFolderTests() => Directory.CreateDirectory(_path);

    public void Dispose() => Directory.Delete(_path, recursive: true);

    /// <summary>Single bytes, short runs, runs across the 64 KiB buffer's end and runs longer than it, mixed.</summary>
    private static void WriteMixed(IndexOutput output, int seed, List<long> checksums)
    {
        var random = new Random(seed);
        for (int i = 0; i < 400; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    output.WriteByte((byte)random.Next(256));
                    break;
                case 1:
                    output.WriteVInt32(random.Next());
                    break;
                default:
                    var bytes = new byte[random.Next(5) == 0 ? random.Next(60_000, 200_000) : random.Next(1, 3_000)];
                    random.NextBytes(bytes);
                    int offset = random.Next(Math.Min(7, bytes.Length));
                    output.WriteBytes(bytes, offset, bytes.Length - offset);
                    break;
            }
            if (i % 50 == 0)
            {
                checksums.Add(output.Checksum); // read mid-file too: it flushes the buffer
            }
        }
        checksums.Add(output.Checksum);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Writes_the_same_bytes_and_checksums_as_Lucene_s_own_file_output(int seed)
    {
        var expected = new List<long>();
        var actual = new List<long>();
        long expectedLength, actualLength;
        using (var lucene = FSDirectory.Open(Path.Combine(_path, "lucene")))
        using (var output = lucene.CreateOutput("file", IOContext.DEFAULT))
        {
            WriteMixed(output, seed, expected);
            expectedLength = output.Position;
        }
        using (var folder = new IndexFolder(Path.Combine(_path, "folder")))
        using (var output = folder.CreateOutput("file", IOContext.DEFAULT))
        {
            WriteMixed(output, seed, actual);
            actualLength = output.Position;
        }

        Assert.Equal(expected, actual);
        Assert.Equal(expectedLength, actualLength);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_path, "lucene", "file")), File.ReadAllBytes(Path.Combine(_path, "folder", "file")));
    }

    [Fact]
    public void An_index_written_through_it_passes_the_checksum_check_when_reopened()
    {
        string path = Path.Combine(_path, "index");
        using (var index = LuceneArticleIndex.Open(path))
        {
            index.Upsert(FixtureCorpus.Articles.Take(10));
            index.Refresh();
            index.Upsert(FixtureCorpus.Articles.Skip(10));
            index.Refresh();
        }

        using var reopened = LuceneArticleIndex.Open(path, IndexCheck.Checksums);

        Assert.Equal(IndexOpenStatus.Opened, reopened.OpenStatus);
        Assert.Equal(FixtureCorpus.Articles.Count, reopened.Count);
        Assert.Contains(7L, reopened.Search(new SearchRequest("传感器")).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Flushed_and_merged_segments_are_written_without_compound_files()
    {
        string path = Path.Combine(_path, "index");
        using var index = LuceneArticleIndex.Open(path);
        // A large segment (the fixture forty times over), then three of one article each.
        index.Upsert(Enumerable.Range(1, 40).SelectMany(copy => FixtureCorpus.Articles.Select(a => a with { Id = copy * 1000 + a.Id })));
        index.Refresh();
        foreach (var article in FixtureCorpus.Articles.Take(3))
        {
            index.Upsert([article]);
            index.Refresh();
        }
        Assert.Empty(Directory.GetFiles(path, "*.cfs"));

        // The three one-article segments merge into one far smaller than a tenth of the index.
        index.MergeSegments(2);

        Assert.Equal(2, index.SegmentCount);
        Assert.Empty(Directory.GetFiles(path, "*.cfs"));
    }
}
