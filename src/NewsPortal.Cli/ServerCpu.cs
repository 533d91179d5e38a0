using System.Globalization;

namespace NewsPortal.Cli;

/// <summary>
/// CPU time used by a local PostgreSQL server (the postmaster, its live children, and children it has reaped),
/// read from /proc. On a machine shared with other work, CPU time per page says more than wall time.
/// </summary>
internal sealed class ServerCpu(int postmasterPid)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The server of a backend, or null when /proc is not there or the server is not local.</summary>
    public static ServerCpu? OfBackend(int backendPid)
    {
        var stat = Stat(backendPid);
        return stat is null ? null : new ServerCpu(int.Parse(stat[1], CultureInfo.InvariantCulture));
    }

    public TimeSpan? Total()
    {
        if (Stat(postmasterPid) is not { } own) return null;
        var ticks = Ticks(own, 11) + Ticks(own, 12) + Ticks(own, 13) + Ticks(own, 14);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Stat(pid) is not { } child) continue;
            if (child[1] == postmasterPid.ToString(CultureInfo.InvariantCulture))
                ticks += Ticks(child, 11) + Ticks(child, 12);
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Ticks(string[] stat, int field) => long.Parse(stat[field], CultureInfo.InvariantCulture);
}
