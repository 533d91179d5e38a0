using Microsoft.Extensions.Configuration;

namespace NewsPortal.Data;

/// <summary>
/// The one folder every runtime path resolves against: the private database, the search index, the inbox, the logs and
/// (as <c>../seeds</c>) the seed pages. It is the <c>DataRoot</c> setting when set; otherwise <c>.data</c> in the
/// repository (the nearest folder holding NewsPortal.sln above the content root), else in the content root. The portal's
/// content root is its project folder or publish folder; the command line's is its binary's folder, so both find the
/// same repository wherever they are started from.
/// </summary>
public sealed record DataRoot(string Path)
{
    public const string Key = "DataRoot";

    public const string FolderName = ".data";

    private const string SolutionFile = "NewsPortal.sln";

    public static DataRoot From(IConfiguration configuration, string contentRoot)
    {
        var home = RepositoryRoot(contentRoot) ?? System.IO.Path.GetFullPath(contentRoot);
        var configured = configuration[Key];
        return new DataRoot(System.IO.Path.GetFullPath(
            string.IsNullOrWhiteSpace(configured) ? FolderName : configured, home));
    }

    /// <summary>A setting's path: absolute as given, relative under the data root, <paramref name="fallback"/> when unset.</summary>
    public string Resolve(string? configured, string fallback) =>
        System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? fallback : configured, Path);

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds NewsPortal.sln, or null.</summary>
    public static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        return null;
    }
}
