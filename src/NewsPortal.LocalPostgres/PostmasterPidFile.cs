using System.Diagnostics;
using System.Globalization;

namespace NewsPortal.LocalPostgres;

/// <summary>
/// The postmaster.pid lock file a running server keeps in its data directory:
/// line 1 the pid, line 4 the port, line 8 the status ("ready" once it accepts connections).
/// </summary>
internal sealed record PostmasterPidFile(string FilePath, int ProcessId, int Port, string? Status)
{
    public static PostmasterPidFile? TryRead(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "postmaster.pid");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var pid = lines.Length > 0 && int.TryParse(lines[0].Trim(), CultureInfo.InvariantCulture, out var p) ? p : 0;
        var port = lines.Length > 3 && int.TryParse(lines[3].Trim(), CultureInfo.InvariantCulture, out var q) ? q : 0;
        var status = lines.Length > 7 ? lines[7].Trim() : null;
        return new PostmasterPidFile(path, pid, port, status);
    }

    /// <summary>True when the recorded pid is a live postgres process (pids get reused after a crash or reboot).</summary>
    public bool ProcessIsPostgres()
    {
        if (ProcessId <= 0)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return !process.HasExited
                && process.ProcessName.StartsWith("postgres", StringComparison.Ordinal)
                && RunsInDataDirectory();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// A postmaster's working directory is its data directory, so through /proc/PID/cwd it sees this very pid file;
    /// a server of another cluster that took the pid sees its own.
    /// </summary>
    private bool RunsInDataDirectory()
    {
        try
        {
            return File.ReadAllText($"/proc/{ProcessId}/cwd/postmaster.pid") == File.ReadAllText(FilePath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return !Directory.Exists("/proc/self"); // without /proc (not Linux) trust the process name
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // not ours to inspect: trust the process name, never take a live server's pid file for stale
        }
    }
}
