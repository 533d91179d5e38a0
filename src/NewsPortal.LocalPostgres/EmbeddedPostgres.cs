using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace NewsPortal.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster started from the machine's binaries: initialised on first use,
/// listening on a free loopback port, reused when another process already runs it, stopped on dispose.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private const int UnixSocketPathLimit = 100;

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _port;
    private bool _ownsServer;
    private PostgresBinaries? _binaries;
    private CommandRunner? _runner;

    public EmbeddedPostgres(EmbeddedPostgresOptions options, ILogger<EmbeddedPostgres>? logger = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        DataDirectory = Path.GetFullPath(options.DataDirectory);
    }

    public string DataDirectory { get; }

    public bool IsStarted => _port is not null;

    /// <summary>True when this instance started the server and will stop it; false when it reuses one another process runs.</summary>
    public bool OwnsServer => _ownsServer;

    public int Port => _port ?? throw new InvalidOperationException("The embedded PostgreSQL has not been started.");

    /// <summary>Connection string of the database named in the options.</summary>
    public string ConnectionString => ConnectionStringFor(_options.DatabaseName);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
    }.ConnectionString;

    /// <summary>Initialises the cluster if needed, starts or reuses its server, and creates the database. Idempotent.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_port is not null)
            {
                return;
            }

            _binaries = PostgresBinaries.Find(_options.BinaryDirectories);
            _runner = CommandRunner.ForCurrentUser();
            Directory.CreateDirectory(Path.GetDirectoryName(DataDirectory)!);

            // Two processes (the portal and the CLI, say) must not initialise or start the same cluster at once.
            await using (await ClusterLock.AcquireAsync(DataDirectory + ".lock", _options.StartTimeout, cancellationToken))
            {
                if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
                {
                    await InitialiseAsync(cancellationToken);
                }

                var running = await FindRunningServerAsync(cancellationToken);
                if (running is not null)
                {
                    _logger.LogInformation("Reusing the PostgreSQL server already running on port {Port} for {DataDirectory}", running, DataDirectory);
                    _port = running;
                    _ownsServer = false;
                }
                else
                {
                    _port = await StartServerAsync(cancellationToken);
                    _ownsServer = true;
                }
            }

            await CreateDatabaseAsync(_options.DatabaseName, cancellationToken: cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Creates a database unless it exists, optionally as a copy of a template database.</summary>
    public async Task CreateDatabaseAsync(string name, string? template = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var sql = $"CREATE DATABASE {QuoteIdentifier(name)}" + (template is null ? "" : $" TEMPLATE {QuoteIdentifier(template)}");
        await using var create = new NpgsqlCommand(sql, connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it between our check and our create.
        }
    }

    /// <summary>Stops the server if this instance started it (a reused server belongs to its starter).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_port is null)
            {
                return;
            }

            if (_ownsServer)
            {
                NpgsqlConnection.ClearAllPools();
                var result = await _runner!.RunToolAsync(
                    _binaries!.PgCtl, ["stop", "-D", DataDirectory, "-m", _options.StopImmediately ? "immediate" : "fast", "-w"], TimeSpan.FromSeconds(60), cancellationToken);
                if (result.Succeeded)
                {
                    _logger.LogInformation("Stopped PostgreSQL for {DataDirectory}", DataDirectory);
                }
                else
                {
                    _logger.LogWarning("pg_ctl stop failed for {DataDirectory}: {Output}", DataDirectory, result.Output.Trim());
                }
            }

            _port = null;
            _ownsServer = false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Starts again, on the same port, a server this instance started that has since died (killed, crashed,
    /// out of memory), so connection strings already handed out keep working. True when it had to.
    /// </summary>
    public async Task<bool> RestartIfStoppedAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_port is not int port || !_ownsServer || await AcceptsConnectionsAsync(port, cancellationToken))
            {
                return false;
            }

            if (PostmasterPidFile.TryRead(DataDirectory) is { } pidFile && pidFile.ProcessIsPostgres())
            {
                return false; // still starting up or recovering: give it time
            }

            _logger.LogWarning("PostgreSQL for {DataDirectory} has stopped; restarting it on port {Port}", DataDirectory, port);
            await using (await ClusterLock.AcquireAsync(DataDirectory + ".lock", _options.StartTimeout, cancellationToken))
            {
                var running = await FindRunningServerAsync(cancellationToken);
                _port = running ?? await StartServerAsync(cancellationToken, preferredPort: port);
                _ownsServer = running is null;
            }

            NpgsqlConnection.ClearAllPools();
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new InvalidOperationException(
                $"{DataDirectory} is not empty but holds no PostgreSQL cluster (no PG_VERSION); move it away or choose another data directory.");
        }

        _logger.LogInformation("Initialising a PostgreSQL cluster in {DataDirectory} with {Binaries}", DataDirectory, _binaries!.Directory);
        Directory.CreateDirectory(DataDirectory);
        if (_runner!.RunsAsServerAccount)
        {
            MakeParentsTraversable();
            await _runner.GiveToServerAccountAsync(DataDirectory, cancellationToken);
        }

        var result = await _runner.RunToolAsync(
            _binaries.InitDb,
            ["-D", DataDirectory, "--locale=C.UTF-8", "-E", "UTF8", "-A", "trust", "-U", Superuser],
            TimeSpan.FromMinutes(5),
            cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"initdb failed for {DataDirectory}: {result.Output.Trim()}");
        }
    }

    /// <summary>The server account must be able to walk down to the data directory (o+x on each parent).</summary>
    private void MakeParentsTraversable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        for (var dir = Path.GetDirectoryName(DataDirectory); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            var mode = File.GetUnixFileMode(dir);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                _logger.LogInformation("Adding o+x to {Directory} so the postgres user can reach its data directory", dir);
                File.SetUnixFileMode(dir, mode | UnixFileMode.OtherExecute);
            }
        }
    }

    /// <summary>The port of a live server on this data directory, or null; a pid file left by a crash is removed.</summary>
    private async Task<int?> FindRunningServerAsync(CancellationToken cancellationToken)
    {
        var pidFile = PostmasterPidFile.TryRead(DataDirectory);
        if (pidFile is null)
        {
            return null;
        }

        // A server that is still starting up (or recovering) gets the start timeout to become reachable.
        var deadline = DateTime.UtcNow + _options.StartTimeout;
        while (pidFile.ProcessIsPostgres())
        {
            if (pidFile.Port > 0 && await AcceptsConnectionsAsync(pidFile.Port, cancellationToken))
            {
                return pidFile.Port;
            }

            if (DateTime.UtcNow > deadline)
            {
                // Removing a live server's pid file could let a second server corrupt the cluster: refuse instead.
                throw new InvalidOperationException(
                    $"A PostgreSQL server (pid {pidFile.ProcessId}) runs on {DataDirectory} but does not accept connections on port {pidFile.Port}; "
                    + $"see {Path.Combine(DataDirectory, "server.log")}, or stop it with `pg_ctl stop -D {DataDirectory}`.");
            }

            await Task.Delay(250, cancellationToken);
        }

        _logger.LogWarning("Removing stale {PidFile} (pid {Pid} is not this cluster's server)", pidFile.FilePath, pidFile.ProcessId);
        File.Delete(pidFile.FilePath);
        return null;
    }

    private async Task<int> StartServerAsync(CancellationToken cancellationToken, int? preferredPort = null)
    {
        const int attempts = 3;
        var logFile = Path.Combine(DataDirectory, "server.log");
        var socketDirectory = DataDirectory.Length < UnixSocketPathLimit ? DataDirectory : "";
        for (var attempt = 1; ; attempt++)
        {
            var port = attempt == 1 && preferredPort is int preferred ? preferred : FreeLoopbackPort();
            var serverOptions = $"-p {port} -k '{socketDirectory}' -c listen_addresses=127.0.0.1"
                + string.Concat(_options.ServerSettings.Select(s => $" -c {s.Key}={s.Value}"));
            var result = await _runner!.RunToolAsync(
                _binaries!.PgCtl,
                ["start", "-D", DataDirectory, "-l", logFile, "-w", "-t", ((int)_options.StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-o", serverOptions],
                _options.StartTimeout + TimeSpan.FromSeconds(10),
                cancellationToken,
                _options.ServerEnvironment);
            if (result.Succeeded)
            {
                _logger.LogInformation("Started PostgreSQL for {DataDirectory} on 127.0.0.1:{Port}", DataDirectory, port);
                return port;
            }

            // The port can be taken between probing and binding, and a killed server's children can hold
            // its shared memory for a moment: both clear up on a retry.
            var log = LogTail(logFile);
            if (attempt == attempts)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL did not start for {DataDirectory} after {attempts} attempts: {result.Output.Trim()} {log}");
            }

            _logger.LogWarning("PostgreSQL did not start on port {Port} (attempt {Attempt}): {Log}", port, attempt, log);
            await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
        }
    }

    private static string LogTail(string logFile)
    {
        try
        {
            var lines = File.ReadAllLines(logFile);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 10)));
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
