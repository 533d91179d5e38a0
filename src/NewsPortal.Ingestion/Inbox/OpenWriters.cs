using System.Globalization;

namespace NewsPortal.Ingestion.Inbox;

/// <summary>
/// Which of some files a process has open for writing, from /proc/PID/fd and /proc/PID/fdinfo (Linux only;
/// elsewhere nobody is seen writing and the settle interval alone decides). Processes of other users are
/// invisible unless we run as root.
/// </summary>
internal static class OpenWriters
{
    /// <summary>The (device, inode) pairs among <paramref name="files"/> open for writing, with one writer's pid each.</summary>
    public static Dictionary<(ulong Device, ulong Inode), int> Among(IReadOnlyDictionary<string, FileStatus> files)
    {
        var writers = new Dictionary<(ulong, ulong), int>();
        if (!OperatingSystem.IsLinux() || files.Count == 0 || !Directory.Exists("/proc/self/fd")) return writers;
        var names = files.Keys.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var wanted = files.Values.Select(s => (s.Device, s.Inode)).ToHashSet();
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            foreach (var fd in Descriptors(process))
            {
                // The link's text names the file (renames included); only a matching name costs a stat.
                if (LinkText(fd) is not { } target || !names.Contains(Path.GetFileName(target))) continue;
                var status = FileStatus.Target(fd);
                if (!wanted.Contains((status.Device, status.Inode))) continue;
                if (OpenForWriting(Path.Combine(process, "fdinfo", Path.GetFileName(fd)))) writers[(status.Device, status.Inode)] = pid;
            }
        }
        return writers;
    }

    private static IEnumerable<string> Descriptors(string process)
    {
        try
        {
            return Directory.GetFileSystemEntries(Path.Combine(process, "fd"));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return []; // gone, or not ours to look at
        }
    }

    private static string? LinkText(string fd)
    {
        try
        {
            return new FileInfo(fd).LinkTarget;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }

    /// <summary>fdinfo's "flags:" line is octal open(2) flags; O_WRONLY is 1 and O_RDWR 2 in the access mode bits.</summary>
    private static bool OpenForWriting(string fdinfo)
    {
        try
        {
            foreach (var line in File.ReadLines(fdinfo))
            {
                if (!line.StartsWith("flags:", StringComparison.Ordinal)) continue;
                var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                return (flags & 3) is 1 or 2;
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or FormatException)
        {
        }
        return false;
    }
}
