using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Cli.Tests;

public sealed class IngestCommandTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsportal-cli-" + Guid.NewGuid().ToString("N"));
    private Dictionary<string, string?> _settings = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "pages"));
        _settings = new()
        {
            ["ConnectionStrings:NewsPortal"] = await postgres.CreateDatabaseAsync(),
            ["Search:IndexPath"] = Path.Combine(_folder, "index"),
        };
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ingesting_a_folder_twice_stores_its_pages_once_and_exits_0()
    {
        await WritePagesAsync(3);

        var first = await CliRun.RunAsync(_settings, "ingest", Path.Combine(_folder, "pages"));
        var second = await CliRun.RunAsync(_settings, "ingest", Path.Combine(_folder, "pages"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 ingested", first.Out);
        Assert.Contains("ingest 3/3 files", first.Error);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 already ingested", second.Out);
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_makes_the_exit_code_1_and_is_named_with_its_reason()
    {
        await WritePagesAsync(2);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "pages", "scan.bin"), [0, 1, 2, 3, 0, 0]);

        var run = await CliRun.RunAsync(_settings, "ingest", Path.Combine(_folder, "pages", "*"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 ingested", run.Out);
        Assert.Contains("failed: ", run.Out);
        Assert.Contains("scan.bin: binary file", run.Out);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_what_was_ingested()
    {
        await WritePagesAsync(2);
        var ingest = await CliRun.RunAsync(_settings, "ingest", Path.Combine(_folder, "pages"));
        Directory.Delete(Path.Combine(_folder, "index"), recursive: true);

        var reindex = await CliRun.RunAsync(_settings, "reindex");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, reindex.ExitCode);
        Assert.Matches(@"Reindexed [1-9]\d* articles", reindex.Out);
    }

    [Fact]
    public async Task Ingest_without_paths_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(_settings, "ingest");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches("^newsportal: .*'ingest'", run.Error);
    }

    private async Task WritePagesAsync(int count)
    {
        foreach (var page in new SyntheticCorpus(seed: 3).Pages(count))
            await File.WriteAllBytesAsync(Path.Combine(_folder, "pages", page.Name), page.Content);
    }
}
