using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsPortal.Data.Hosting;
using Npgsql;

namespace NewsPortal.Data.Backups;

/// <summary>Rows of the main tables, written beside a dump and compared after a restore.</summary>
public sealed record BackupCounts(long Editions, long Articles, long Entities, long Figures);

/// <summary>
/// A backup of the database as one pg_dump archive (custom format) in a folder, with a manifest of what it held;
/// a restore recreates the database from it with pg_restore. The search index is not in the backup: it is
/// rebuilt from PostgreSQL afterwards. pg_dump and pg_restore are looked for where the server binaries are.
/// </summary>
public sealed class DatabaseBackup(string connectionString)
{
    public const string DumpFile = "newsportal.dump";
    public const string ManifestFile = "backup.json";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromHours(2);
    private readonly NpgsqlConnectionStringBuilder _database = new(connectionString);

    /// <summary>Writes DIR/newsportal.dump and DIR/backup.json; an existing dump in DIR is replaced only when the new one is complete.</summary>
    public async Task<BackupCounts> BackupAsync(string directory, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var counts = await CountAsync(ct);
        var partial = Path.Combine(directory, DumpFile + ".partial");
        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", $"--file={partial}", $"--dbname={_database.Database}"], ct);
        File.Move(partial, Path.Combine(directory, DumpFile), overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(
            new Manifest(DateTimeOffset.UtcNow, _database.Database!, counts), new JsonSerializerOptions { WriteIndented = true }), ct);
        return counts;
    }

    /// <summary>What the backup in DIR says it holds.</summary>
    public static async Task<BackupCounts> ReadCountsAsync(string directory, CancellationToken ct)
    {
        var dump = Path.Combine(directory, DumpFile);
        if (!File.Exists(dump)) throw new FileNotFoundException($"no backup in {directory}: {DumpFile} is missing", dump);
        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(Path.Combine(directory, ManifestFile), ct))
            ?? throw new InvalidDataException($"{ManifestFile} in {directory} is empty");
        return manifest.Counts;
    }

    /// <summary>
    /// Drops the database (closing its connections), creates it empty and restores the dump into it in one transaction.
    /// Apply migrations and rebuild the search index afterwards.
    /// </summary>
    public async Task<BackupCounts> RestoreAsync(string directory, CancellationToken ct)
    {
        var expected = await ReadCountsAsync(directory, ct);
        await RecreateDatabaseAsync(ct);
        await RunAsync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
            $"--dbname={_database.Database}", Path.Combine(directory, DumpFile)], ct);
        NpgsqlConnection.ClearAllPools();
        var restored = await CountAsync(ct);
        if (restored != expected) throw new InvalidDataException($"the restored database holds {restored}, the backup said {expected}");
        return restored;
    }

    public async Task<BackupCounts> CountAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM editions), (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), (SELECT count(*) FROM metrics)",
            connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new BackupCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    private async Task RecreateDatabaseAsync(CancellationToken ct)
    {
        var name = _database.Database ?? throw new InvalidOperationException("the connection string names no database");
        var maintenance = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "postgres", Pooling = false };
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        var quoted = "\"" + name.Replace("\"", "\"\"") + "\"";
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", $"CREATE DATABASE {quoted}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Runs a client tool against this database; the connection travels in PG* variables, never on the command line.</summary>
    private async Task RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(PostgresInstallation.FindTool(tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = _database.Host;
        start.Environment["PGPORT"] = _database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = _database.Username ?? Environment.UserName;
        if (_database.Password is { } password) start.Environment["PGPASSWORD"] = password;
        start.Environment["PGSSLMODE"] = _database.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reading = Task.WhenAll(
            process.StandardError.ReadToEndAsync(ct).ContinueWith(t => { lock (output) output.Append(t.Result); }, ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default),
            process.StandardOutput.ReadToEndAsync(ct));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await reading;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed (exit {process.ExitCode}): {output.ToString().Trim()}");
    }

    private sealed record Manifest(DateTimeOffset Created, string Database, BackupCounts Counts);
}
