using Microsoft.Extensions.Configuration;

namespace NewsPortal.Data.Tests;

public sealed class DataRootTests : IDisposable
{
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "newsportal-dataroot-" + Guid.NewGuid().ToString("N"));

    public DataRootTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository, "src", "NewsPortal.Web"));
        Directory.CreateDirectory(Path.Combine(_repository, "src", "NewsPortal.Cli", "bin", "Release", "net10.0"));
        File.WriteAllText(Path.Combine(_repository, "NewsPortal.sln"), "");
    }

    [Fact]
    public void The_portal_and_the_command_line_find_the_same_data_root_in_the_repository()
    {
        var portal = DataRoot.From(Settings(), Path.Combine(_repository, "src", "NewsPortal.Web"));
        var cli = DataRoot.From(Settings(), Path.Combine(_repository, "src", "NewsPortal.Cli", "bin", "Release", "net10.0"));

        Assert.Equal(Path.Combine(_repository, ".data"), portal.Path);
        Assert.Equal(portal, cli);
    }

    [Fact]
    public void Outside_a_repository_the_data_root_is_under_the_content_root()
    {
        var published = Path.Combine(Path.GetTempPath(), "newsportal-published-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(Path.Combine(published, ".data"), DataRoot.From(Settings(), published).Path);
    }

    [Fact]
    public void The_setting_wins_and_a_relative_one_is_under_the_repository()
    {
        var content = Path.Combine(_repository, "src", "NewsPortal.Web");

        Assert.Equal("/srv/newsportal", DataRoot.From(Settings(("DataRoot", "/srv/newsportal")), content).Path);
        Assert.Equal(Path.Combine(_repository, "store"), DataRoot.From(Settings(("DataRoot", "store")), content).Path);
    }

    [Theory]
    [InlineData(null, "index", "/srv/np/index")]
    [InlineData("elsewhere/index", "index", "/srv/np/elsewhere/index")]
    [InlineData("/var/index", "index", "/var/index")]
    [InlineData("../seeds", "../seeds", "/srv/seeds")]
    public void Paths_resolve_against_the_data_root(string? configured, string fallback, string expected) =>
        Assert.Equal(expected, new DataRoot("/srv/np").Resolve(configured, fallback));

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
