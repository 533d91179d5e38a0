using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Tests.Fixtures;
using Directory = System.IO.Directory;

namespace NewsPortal.Search.Tests;

/// <summary>Opening an index on disk: missing and damaged indexes are recreated empty and reported for a rebuild.</summary>
public sealed class IndexOpeningTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "newsportal-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }

    private void WriteCorpus()
    {
        using var index = LuceneArticleIndex.Open(_path);
        index.Upsert(FixtureCorpus.Articles);
        index.Refresh();
    }

    private IEnumerable<string> SegmentFiles() =>
        Directory.GetFiles(_path).Where(f => Path.GetFileName(f).StartsWith('_'));

    private void AssertRecreatedAndUsable()
    {
        using var index = LuceneArticleIndex.Open(_path);

        Assert.Equal(IndexOpenStatus.RecreatedAfterCorruption, index.OpenStatus);
        Assert.True(index.NeedsRebuild);
        Assert.NotNull(index.OpenProblem);
        Assert.Equal(0, index.Count);

        index.Upsert([FixtureCorpus.Article(7)]);
        index.Refresh();
        Assert.Equal([7L], index.Search(new SearchRequest("传感器")).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void A_missing_index_is_created_and_needs_a_rebuild()
    {
        using var index = LuceneArticleIndex.Open(_path);

        Assert.Equal(IndexOpenStatus.Created, index.OpenStatus);
        Assert.True(index.NeedsRebuild);
        Assert.Null(index.OpenProblem);
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void An_intact_index_reopens_with_its_articles()
    {
        WriteCorpus();

        using var index = LuceneArticleIndex.Open(_path);

        Assert.Equal(IndexOpenStatus.Opened, index.OpenStatus);
        Assert.False(index.NeedsRebuild);
        Assert.Equal(FixtureCorpus.Articles.Count, index.Count);
        Assert.Contains(7L, index.Search(new SearchRequest("传感器")).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Segment_files_overwritten_with_garbage_are_detected()
    {
        WriteCorpus();
        var random = new Random(1);
        foreach (string file in SegmentFiles())
        {
            var garbage = new byte[new FileInfo(file).Length];
            random.NextBytes(garbage);
            File.WriteAllBytes(file, garbage);
        }

        AssertRecreatedAndUsable();
    }

    [Fact]
    public void Bytes_flipped_inside_a_segment_are_caught_by_checksums()
    {
        WriteCorpus();
        string largest = SegmentFiles().OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(largest);
        for (int i = bytes.Length / 2; i < bytes.Length / 2 + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(largest, bytes);

        AssertRecreatedAndUsable();
    }

    [Fact]
    public void A_structure_only_check_still_catches_zeroed_segment_files()
    {
        WriteCorpus();
        foreach (string file in SegmentFiles())
        {
            File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
        }

        using var index = LuceneArticleIndex.Open(_path, IndexCheck.Structure);

        Assert.Equal(IndexOpenStatus.RecreatedAfterCorruption, index.OpenStatus);
    }

    [Fact]
    public void An_index_written_with_another_schema_is_recreated_for_a_rebuild()
    {
        using (var writer = new IndexWriter(FSDirectory.Open(_path), new IndexWriterConfig(LuceneVersion.LUCENE_48, new ChineseAnalyzer())))
        {
            writer.AddDocument([new StringField("id", "1", Field.Store.YES)]);
            writer.Commit();
        }

        using var index = LuceneArticleIndex.Open(_path);

        Assert.Equal(IndexOpenStatus.RecreatedForNewSchema, index.OpenStatus);
        Assert.True(index.NeedsRebuild);
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void A_truncated_segment_is_detected()
    {
        WriteCorpus();
        string largest = SegmentFiles().OrderByDescending(f => new FileInfo(f).Length).First();
        using (var stream = new FileStream(largest, FileMode.Open))
        {
            stream.SetLength(stream.Length / 3);
        }

        AssertRecreatedAndUsable();
    }

    [Fact]
    public void A_garbage_commit_point_is_detected()
    {
        WriteCorpus();
        foreach (string file in Directory.GetFiles(_path, "segments_*"))
        {
            File.WriteAllText(file, "not a lucene commit point");
        }

        AssertRecreatedAndUsable();
    }

    [Fact]
    public void Missing_segment_files_are_detected()
    {
        WriteCorpus();
        foreach (string file in SegmentFiles())
        {
            File.Delete(file);
        }

        AssertRecreatedAndUsable();
    }
}
