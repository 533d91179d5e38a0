using System.Diagnostics;
using NewsPortal.LocalPostgres;

namespace NewsPortal.Data.Tests;

/// <summary>
/// The temp folders test processes keep their PostgreSQL in. Each holds an owner lock for as long as its
/// process lives, so a folder whose lock is free was left by a process that died before cleaning up.
/// </summary>
internal static class TestClusterDirectories
{
    private const string Prefix = "newsportal-tests-";
    private const string OwnerLockName = "owner.lock";

    public static (string Root, FileStream OwnerLock) Create()
    {
        var root = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return (root, OpenOwnerLock(root));
    }

    /// <summary>Stops servers and deletes folders whose owning process is gone; never touches one still owned.</summary>
    public static void RemoveAbandoned()
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            try
            {
                // A folder just created may not hold its lock yet; leave young ones alone.
                if (DateTime.UtcNow - Directory.GetCreationTimeUtc(root) < TimeSpan.FromMinutes(2))
                {
                    continue;
                }

                using (OpenOwnerLock(root))
                {
                    var pidFile = PostmasterPidFile.TryRead(Path.Combine(root, "postgres"));
                    if (pidFile is not null && pidFile.ProcessIsPostgres())
                    {
                        using var postmaster = Process.GetProcessById(pidFile.ProcessId);
                        postmaster.Kill();
                        postmaster.WaitForExit(TimeSpan.FromSeconds(10));
                    }
                }

                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                // Owned by a live test process, or already gone.
            }
        }
    }

    /// <summary>
    /// Starts a detached watchdog that, once this process has exited, shuts the server down
    /// (SIGQUIT: immediate shutdown) and deletes the folder, so no test run leaves PostgreSQL behind.
    /// </summary>
    public static void CleanUpAfterExit(string root, string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var script = $$"""
            while kill -0 {{Environment.ProcessId}} 2>/dev/null; do sleep 1; done
            pid=$(head -n 1 '{{dataDirectory}}/postmaster.pid' 2>/dev/null)
            if [ -n "$pid" ]; then
              kill -QUIT "$pid" 2>/dev/null
              for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            fi
            rm -rf '{{root}}'
            """;
        // Detached, with its own stdio, so `dotnet test | tee` does not wait for it.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("setsid /bin/sh -c \"$0\" </dev/null >/dev/null 2>&1 &");
        start.ArgumentList.Add(script);
        using var launcher = Process.Start(start);
        launcher?.WaitForExit();
    }

    private static FileStream OpenOwnerLock(string root) =>
        new(Path.Combine(root, OwnerLockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
