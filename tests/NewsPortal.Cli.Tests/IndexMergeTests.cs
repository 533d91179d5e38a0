using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;
using NewsPortal.Search;

namespace NewsPortal.Cli.Tests;

/// <summary>The index upkeep from the command line: an ingest run ends merged, `index merge` merges by hand.</summary>
public sealed class IndexMergeTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsportal-cli-" + Guid.NewGuid().ToString("N"));
    private Dictionary<string, string?> _settings = null!;

    public async Task InitializeAsync() => _settings = new()
    {
        ["ConnectionStrings:NewsPortal"] = await postgres.CreateDatabaseAsync(),
        ["Search:IndexPath"] = Path.Combine(_folder, "index"),
    };

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_ingest_run_that_leaves_more_segments_than_allowed_ends_with_the_index_merged()
    {
        _settings["Ingestion:CompactIndexAboveSegments"] = "1";

        // A run flushes its batch every 2 s: on a slow machine its two pages may make two segments, which it merges
        // itself; either way it ends with one, and the second run's segment makes two or more.
        var first = await CliRun.RunAsync(_settings, "ingest", await WritePagesAsync("a", 0, 2));
        Assert.Equal(1, Segments());
        var second = await CliRun.RunAsync(_settings, "ingest", await WritePagesAsync("b", 2, 2));

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Matches(@"Search index merged from [2-9]\d* to 1 segments", second.Out);
        Assert.Equal(1, Segments());
    }

    [Fact]
    public async Task Index_merge_merges_what_ingest_runs_left_to_one_segment()
    {
        _settings["Ingestion:CompactIndex"] = "false";
        foreach (var (batch, i) in new[] { "a", "b", "c" }.Select((b, i) => (b, i)))
            Assert.Equal(0, (await CliRun.RunAsync(_settings, "ingest", await WritePagesAsync(batch, i * 2, 2))).ExitCode);
        Assert.Equal(3, Segments());

        var merge = await CliRun.RunAsync(_settings, "index", "merge");

        Assert.Equal(0, merge.ExitCode);
        Assert.Matches(@"Merged the search index \([1-9]\d* articles\) from 3 to 1 segments", merge.Out);
        Assert.Equal(1, Segments());
    }

    private int Segments()
    {
        using var index = LuceneArticleIndex.Open(Path.Combine(_folder, "index"));
        return index.SegmentCount;
    }

    /// <summary>Pages <paramref name="skip"/>.. of a synthetic corpus into a folder of their own; returns the folder.</summary>
    private async Task<string> WritePagesAsync(string batch, int skip, int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, batch)).FullName;
        foreach (var page in new SyntheticCorpus(seed: 3).Pages(skip + count).Skip(skip))
            await File.WriteAllBytesAsync(Path.Combine(folder, page.Name), page.Content);
        return folder;
    }
}
