using System.Diagnostics;

namespace NewsPortal.LocalPostgres.Tests;

public sealed class PostmasterPidFileTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("newsportal-pidfile-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public void Pid_port_and_status_are_read_from_their_lines()
    {
        WritePidFile(4242, port: 54321);

        var pidFile = PostmasterPidFile.TryRead(_dataDirectory)!;

        Assert.Equal((4242, 54321, "ready"), (pidFile.ProcessId, pidFile.Port, pidFile.Status));
    }

    [Fact]
    public void A_pid_now_used_by_another_program_is_not_taken_for_the_server()
    {
        WritePidFile(Environment.ProcessId, port: 54321);

        Assert.False(PostmasterPidFile.TryRead(_dataDirectory)!.ProcessIsPostgres());
    }

    [Fact]
    public void A_pid_of_a_process_that_has_exited_is_not_taken_for_the_server()
    {
        using var exited = Process.Start("true")!;
        exited.WaitForExit();
        WritePidFile(exited.Id, port: 54321);

        Assert.False(PostmasterPidFile.TryRead(_dataDirectory)!.ProcessIsPostgres());
    }

    [Fact]
    public void No_pid_file_means_no_server()
    {
        Assert.Null(PostmasterPidFile.TryRead(_dataDirectory));
    }

    private void WritePidFile(int pid, int port) =>
        File.WriteAllLines(Path.Combine(_dataDirectory, "postmaster.pid"),
            [pid.ToString(), _dataDirectory, "1700000000", port.ToString(), _dataDirectory, "127.0.0.1", "  1234   5678", "ready   "]);
}
