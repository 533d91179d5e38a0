namespace NewsPortal.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsportal-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_pages_and_another_seed_other_pages()
    {
        var (a, b, c) = (Path.Combine(_folder, "a"), Path.Combine(_folder, "b"), Path.Combine(_folder, "c"));

        Assert.Equal(0, (await CliRun.RunAsync(null, "generate", "--pages", "4", "--out", a, "--seed", "5")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(null, "generate", "--pages", "4", "--out", b, "--seed", "5")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(null, "generate", "--pages", "4", "--out", c, "--seed", "6")).ExitCode);

        Assert.Equal(Snapshot(a), Snapshot(b));
        Assert.NotEqual(Snapshot(a), Snapshot(c));
        Assert.Equal(4, Directory.GetFiles(a).Length);
    }

    [Theory]
    [InlineData("--pages", "0", "--out", "x")]
    [InlineData("--pages", "many", "--out", "x")]
    [InlineData("--pages", "3")]
    public async Task Malformed_options_are_a_usage_error(params string[] options)
    {
        var run = await CliRun.RunAsync(null, ["generate", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches("^newsportal: .*(--pages|--out)", run.Error);
    }

    private static string Snapshot(string folder) => string.Join("\n", Directory.GetFiles(folder).Order()
        .Select(f => Path.GetFileName(f) + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
}
