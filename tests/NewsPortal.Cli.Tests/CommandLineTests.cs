namespace NewsPortal.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Unknown_command_is_a_usage_error_listing_the_commands()
    {
        var run = await CliRun.RunAsync(null, "digest");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown command 'digest'", run.Error);
        Assert.Contains("bench ingest", run.Error);
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
}
