using System.Diagnostics;
using System.Globalization;
using NewsPortal.LocalPostgres;
using Npgsql;

namespace NewsPortal.Data.Tests;

/// <summary>
/// A private PostgreSQL that tests may crash (SIGKILL to the server and its children) or stop, and bring back
/// on the same port, so clients holding the old connection string see the server return.
/// Lives under a newsportal-tests-* folder with an owner lock, so an aborted run is reaped like the shared fixture's.
/// </summary>
public sealed class CrashablePostgres : IAsyncDisposable
{
    private readonly string _root;
    private readonly FileStream _ownerLock;
    private readonly EmbeddedPostgres _server;

    private CrashablePostgres(string root, FileStream ownerLock, EmbeddedPostgres server) =>
        (_root, _ownerLock, _server) = (root, ownerLock, server);

    /// <summary>
    /// A crash of the server (not of the machine) keeps what reached the OS, so fsync only costs time here;
    /// synchronous_commit stays on by default, as in production. The WAL writer wakes every 10 s instead of
    /// every 200 ms, so a transaction committed with synchronous_commit off is lost by a crash deterministically
    /// rather than by chance: what no durable commit covered, a test sees gone every time.
    /// </summary>
    private static readonly Dictionary<string, string> Settings = new() { ["fsync"] = "off", ["wal_writer_delay"] = "10s" };

    public int Port { get; private set; }

    public string DataDirectory => _server.DataDirectory;

    public static async Task<CrashablePostgres> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "newsportal-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var ownerLock = new FileStream(Path.Combine(root, "owner.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var server = new EmbeddedPostgres(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(root, "postgres"),
            ServerSettings = Settings,
            StopImmediately = true,
        });
        var postgres = new CrashablePostgres(root, ownerLock, server);
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
        postgres.Port = server.Port;
        return postgres;
    }

    /// <summary>A connection string that gives up on an unanswered connect after <paramref name="timeoutSeconds"/> (3 by
    /// default, so that a run through an outage retries quickly; a test's set-up on a busy machine asks for longer).</summary>
    public string ConnectionStringFor(string database, int timeoutSeconds = 3) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Timeout = timeoutSeconds,
    }.ConnectionString;

    public Task CreateDatabaseAsync(string name) => _server.CreateDatabaseAsync(name);

    /// <summary>Kills the postmaster and every backend at once, as a crash would: nothing is flushed or checkpointed.</summary>
    public void Crash()
    {
        var pid = ServerProcessId() ?? throw new InvalidOperationException("PostgreSQL is not running.");
        using var postmaster = Process.GetProcessById(pid);
        postmaster.Kill(entireProcessTree: true);
        postmaster.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>Stops the server the way an administrator would (pg_ctl stop -m fast).</summary>
    public async Task StopAsync()
    {
        var result = await PgCtlAsync(["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"]);
        if (result.ExitCode != 0) throw new InvalidOperationException($"pg_ctl stop failed: {result.Output}");
    }

    /// <summary>Starts the server again on its old port; retries while a killed server's children still hold its shared memory.</summary>
    public async Task RestartAsync()
    {
        var options = $"-p {Port.ToString(CultureInfo.InvariantCulture)} -k '{DataDirectory}' -c listen_addresses=127.0.0.1"
            + string.Concat(Settings.Select(s => $" -c {s.Key}={s.Value}"));
        for (var attempt = 1; ; attempt++)
        {
            var result = await PgCtlAsync(["start", "-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60", "-o", options]);
            if (result.ExitCode == 0) return;
            if (attempt == 5) throw new InvalidOperationException($"PostgreSQL did not restart on port {Port}: {result.Output}");
            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (ServerProcessId() is not null) await _server.StopAsync();
        await _ownerLock.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next test run's reaper removes it.
        }
    }

    private int? ServerProcessId()
    {
        try
        {
            var first = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).FirstOrDefault();
            if (!int.TryParse(first, CultureInfo.InvariantCulture, out var pid)) return null;
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : pid;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>pg_ctl of the cluster's version, as the postgres account when we are root (the server refuses root).</summary>
    private async Task<(int ExitCode, string Output)> PgCtlAsync(IReadOnlyList<string> arguments)
    {
        var version = File.ReadAllText(Path.Combine(DataDirectory, "PG_VERSION")).Trim();
        var pgCtl = Path.Combine("/usr/lib/postgresql", version, "bin", "pg_ctl");
        if (!File.Exists(pgCtl)) pgCtl = "pg_ctl";
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser") { ArgumentList = { "-u", "postgres", "--", pgCtl } }
            : new ProcessStartInfo(pgCtl);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.WorkingDirectory = "/";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
