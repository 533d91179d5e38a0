using Microsoft.Extensions.FileSystemGlobbing;

namespace NewsPortal.Cli;

/// <summary>Turns command-line PATHs (files, folders, globs such as pages/**/*.txt) into files, in a stable order.</summary>
internal static class PathArguments
{
    public static List<string> Expand(IEnumerable<string> arguments, List<string> unmatched)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var matches = Matches(argument).ToList();
            if (matches.Count == 0) unmatched.Add(argument);
            foreach (var file in matches)
            {
                if (seen.Add(Path.GetFullPath(file))) files.Add(file);
            }
        }
        return files;
    }

    private static IEnumerable<string> Matches(string argument)
    {
        if (Directory.Exists(argument))
        {
            return Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories).Where(IsCandidate).Order(StringComparer.Ordinal);
        }
        if (argument.IndexOfAny(['*', '?', '[']) < 0) return [argument]; // a missing file is reported by ingestion

        var (root, pattern) = SplitGlob(argument);
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return matcher.GetResultsInFullPath(root).Where(IsCandidate).Order(StringComparer.Ordinal);
    }

    /// <summary>Hidden files and the inbox's failure notes are never pages.</summary>
    private static bool IsCandidate(string file) =>
        !Path.GetFileName(file).StartsWith('.') && !file.EndsWith(".reason.txt", StringComparison.Ordinal);

    /// <summary>The folder before the first wildcard segment, and the pattern relative to it.</summary>
    private static (string Root, string Pattern) SplitGlob(string glob)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        var fixedCount = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?', '[']) >= 0);
        var root = string.Join('/', segments[..fixedCount]);
        if (root.Length == 0) root = glob.StartsWith('/') ? "/" : ".";
        return (root, string.Join('/', segments[fixedCount..]));
    }
}
