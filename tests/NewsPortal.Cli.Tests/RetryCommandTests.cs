namespace NewsPortal.Cli.Tests;

public sealed class RetryCommandTests : IDisposable
{
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "newsportal-cli-retry-" + Guid.NewGuid().ToString("N"), "inbox");

    [Fact]
    public async Task Retry_moves_failed_files_back_under_their_relative_paths_and_drops_their_reasons()
    {
        var failed = Directory.CreateDirectory(Path.Combine(_inbox, "failed", "day")).Parent!.FullName;
        await File.WriteAllTextAsync(Path.Combine(failed, "a.txt"), "a");
        await File.WriteAllTextAsync(Path.Combine(failed, "a.txt.reason.txt"), "no articles found");
        await File.WriteAllTextAsync(Path.Combine(failed, "a.txt.~1~"), "an earlier a");
        await File.WriteAllTextAsync(Path.Combine(failed, "day", "b.txt"), "b");
        await File.WriteAllTextAsync(Path.Combine(failed, "day", "b.txt.reason.txt"), "binary");

        var run = await CliRun.RunAsync(new Dictionary<string, string?> { ["Ingestion:InboxPath"] = _inbox }, "retry");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Moved 2 failed files back", run.Out);
        Assert.Equal("a", await File.ReadAllTextAsync(Path.Combine(_inbox, "a.txt")));
        Assert.Equal("b", await File.ReadAllTextAsync(Path.Combine(_inbox, "day", "b.txt")));
        Assert.Equal(["a.txt.~1~"], Directory.GetFiles(failed, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failed_file_whose_name_is_waiting_in_the_inbox_stays_in_failed_and_the_exit_code_is_1()
    {
        var failed = Directory.CreateDirectory(Path.Combine(_inbox, "failed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(failed, "a.txt"), "old");
        await File.WriteAllTextAsync(Path.Combine(_inbox, "a.txt"), "new");

        var run = await CliRun.RunAsync(new Dictionary<string, string?> { ["Ingestion:InboxPath"] = _inbox }, "retry");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kept in failed/: a.txt: a file of that name is already waiting", run.Out);
        Assert.Equal("new", await File.ReadAllTextAsync(Path.Combine(_inbox, "a.txt")));
        Assert.Equal("old", await File.ReadAllTextAsync(Path.Combine(failed, "a.txt")));
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_inbox)!;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
