namespace NewsPortal.Cli.Tests;

public sealed class PathArgumentsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsportal-paths-").FullName;

    public PathArgumentsTests()
    {
        foreach (var file in new[] { "a/p1.txt", "a/p2.txt", "a/notes.md", "a/deep/p3.txt", "a/.hidden.txt", "b/p4.txt" })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("a/*.txt", "a/p1.txt a/p2.txt")]
    [InlineData("a/**/*.txt", "a/deep/p3.txt a/p1.txt a/p2.txt")]
    [InlineData("a", "a/deep/p3.txt a/notes.md a/p1.txt a/p2.txt")]
    [InlineData("b/p4.txt", "b/p4.txt")]
    public void Files_folders_and_globs_expand_to_files_in_a_stable_order(string argument, string expected)
    {
        var unmatched = new List<string>();

        var files = PathArguments.Expand([Path.Combine(_root, argument)], unmatched);

        Assert.Equal(expected.Split(' '), files.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')));
        Assert.Empty(unmatched);
    }

    [Fact]
    public void A_glob_matching_nothing_is_reported_and_a_file_named_twice_is_taken_once()
    {
        var unmatched = new List<string>();
        var p1 = Path.Combine(_root, "a", "p1.txt");

        var files = PathArguments.Expand([p1, Path.Combine(_root, "a", "*.txt"), Path.Combine(_root, "z", "*.txt")], unmatched);

        Assert.Equal(2, files.Count);
        Assert.Single(unmatched);
    }
}
