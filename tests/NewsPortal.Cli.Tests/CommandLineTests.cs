using Microsoft.Extensions.Hosting;
using NewsPortal.Data;
using NewsPortal.Data.Tests;

namespace NewsPortal.Cli.Tests;

public sealed class CommandLineTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Help_lists_every_command_and_the_exit_codes()
    {
        var run = await CliRun.RunAsync(null, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "parse", "ingest", "reindex", "generate", "bench" }) Assert.Contains($"  {command}", run.Out);
        Assert.Contains("Exit codes: 0 done; 1 some input failed; 2 usage error; 3 database", run.Out);
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("--bogus")]
    [InlineData("ingest", "--bogus", "pages")]
    [InlineData("reindex", "--bogus")]
    [InlineData("generate", "--pages", "many", "--out", "x")]
    public async Task Unknown_commands_and_options_exit_2_with_a_one_line_error(params string[] args)
    {
        var run = await CliRun.RunAsync(null, args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsportal: ", line);
        Assert.Contains("newsportal --help", line);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Parse_still_prints_parser_json()
    {
        var file = Path.Combine(Path.GetTempPath(), $"page-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "北碚区传感器产业提速\n\n本报讯 北碚区传感器及仪器仪表产业实现产值121.97亿元。\n");
        try
        {
            var run = await CliRun.RunAsync(null, "parse", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("\"articles\"", run.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Parse_refuses_an_output_folder_that_is_a_file_with_its_name_and_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"page-{Guid.NewGuid():N}.txt");
        var notAFolder = Path.Combine(Path.GetTempPath(), $"out-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, "北碚区传感器产业提速\n\n本报讯 北碚区传感器及仪器仪表产业实现产值121.97亿元。\n");
        await File.WriteAllTextAsync(notAFolder, "keep me");
        try
        {
            var run = await CliRun.RunAsync(null, "parse", file, "--out", notAFolder);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(notAFolder, run.Error);
            Assert.DoesNotContain("   at ", run.Error);
            Assert.Equal("keep me", await File.ReadAllTextAsync(notAFolder));
        }
        finally
        {
            File.Delete(file);
            File.Delete(notAFolder);
        }
    }

    [Fact]
    public async Task The_connection_option_chooses_the_database()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsportal-cli-connection-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = new Dictionary<string, string?> { ["DataRoot"] = folder, ["ConnectionStrings:NewsPortal"] = "Host=127.0.0.1;Port=1;Database=nowhere" };

            var run = await CliRun.RunAsync(settings, "--connection", await postgres.CreateDatabaseAsync(), "reindex");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Reindexed 0 articles", run.Out);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task From_any_working_directory_the_command_line_uses_the_portals_data_root()
    {
        await using var cli = await CliServices.StartAsync(
            new CliConsole(TextWriter.Null, TextWriter.Null, Interactive: false, new Dictionary<string, string?> { ["ConnectionStrings:NewsPortal"] = await postgres.CreateDatabaseAsync() }),
            verbose: false, CancellationToken.None);
        var repository = DataRoot.RepositoryRoot(AppContext.BaseDirectory)!;

        Assert.Equal(AppContext.BaseDirectory, cli!.Get<IHostEnvironment>().ContentRootPath);
        Assert.Equal(
            DataRoot.From(cli.Configuration, Path.Combine(repository, "src", "NewsPortal.Web")),
            DataRoot.From(cli.Configuration, cli.Get<IHostEnvironment>().ContentRootPath));
        Assert.Equal(Path.Combine(repository, ".data"), DataRoot.From(cli.Configuration, AppContext.BaseDirectory).Path);
    }
}
