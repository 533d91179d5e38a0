using System.Diagnostics;

namespace NewsPortal.Cli;

/// <summary>CPU time of this process and of the PostgreSQL server over a measured stretch, the time this process' threads
/// spent compiling methods in it (the JIT: a fresh process' first pages pay for compiling the code every page runs), and
/// the load average at its end.</summary>
internal sealed record CpuUsed(TimeSpan Own, TimeSpan? Server, TimeSpan Jit, string LoadAverage);

/// <summary>Starts measuring when made; <see cref="Stop"/> says what was used since.</summary>
internal sealed class CpuMeter(ServerCpu? server)
{
    private readonly TimeSpan _own = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan? _server = server?.Total();
    private readonly TimeSpan _jit = System.Runtime.JitInfo.GetCompilationTime();

    public CpuUsed Stop()
    {
        var serverNow = server?.Total();
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return new CpuUsed(Process.GetCurrentProcess().TotalProcessorTime - _own, serverNow - _server,
            System.Runtime.JitInfo.GetCompilationTime() - _jit, load);
    }
}
