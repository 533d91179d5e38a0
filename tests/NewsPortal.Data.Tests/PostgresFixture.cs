using Microsoft.EntityFrameworkCore;
using NewsPortal.LocalPostgres;
using Npgsql;

namespace NewsPortal.Data.Tests;

/// <summary>
/// One private PostgreSQL per test process, shared by every test class of every test project
/// (use it as <c>IClassFixture&lt;PostgresFixture&gt;</c>); each caller gets fresh, migrated databases.
/// The server is stopped and its directory removed when the process exits.
/// </summary>
public sealed class PostgresFixture
{
    private const string TemplateDatabase = "newsportal_template";

    private static readonly Lazy<Task<EmbeddedPostgres>> SharedServer = new(StartSharedServerAsync);
    private static readonly SemaphoreSlim CreateGate = new(1, 1);
    private static bool templateMigrated;

    /// <summary>The shared server, started on first use.</summary>
    public Task<EmbeddedPostgres> GetServerAsync() => SharedServer.Value;

    /// <summary>Creates a fresh database with every migration applied and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        var server = await GetServerAsync();
        name ??= NewDatabaseName();
        // CREATE DATABASE … TEMPLATE needs the template to have no other session, hence one creation at a time.
        await CreateGate.WaitAsync();
        try
        {
            if (!templateMigrated)
            {
                await server.CreateDatabaseAsync(TemplateDatabase);
                var templateConnection = server.ConnectionStringFor(TemplateDatabase);
                await using (var context = CreateContext(templateConnection))
                {
                    await context.Database.MigrateAsync();
                    // The pool of the connection string the context really used (UseNewsPortalDatabase adds options).
                    NpgsqlConnection.ClearPool(new NpgsqlConnection(context.Database.GetConnectionString()));
                }

                templateMigrated = true;
            }

            await DropDatabaseAsync(server, name);
            await server.CreateDatabaseAsync(name, TemplateDatabase);
        }
        finally
        {
            CreateGate.Release();
        }

        return server.ConnectionStringFor(name);
    }

    /// <summary>Creates a database with no tables at all (to test migrations themselves).</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var server = await GetServerAsync();
        var name = NewDatabaseName();
        await server.CreateDatabaseAsync(name);
        return server.ConnectionStringFor(name);
    }

    public NewsPortalDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(options, connectionString);
        return new NewsPortalDbContext(options.Options);
    }

    private static string NewDatabaseName() => "test_" + Guid.NewGuid().ToString("N");

    private static async Task DropDatabaseAsync(EmbeddedPostgres server, string name)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<EmbeddedPostgres> StartSharedServerAsync()
    {
        TestClusterDirectories.RemoveAbandoned();
        var (root, ownerLock) = TestClusterDirectories.Create();
        var server = new EmbeddedPostgres(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(root, "postgres"),
            // Throwaway data: durability only costs time on a shared machine.
            ServerSettings = new Dictionary<string, string>
            {
                ["fsync"] = "off",
                ["synchronous_commit"] = "off",
                ["full_page_writes"] = "off",
                ["max_connections"] = "300",
            },
            StopImmediately = true,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndRemove(server, root, ownerLock);
        try
        {
            await server.StartAsync();
        }
        catch
        {
            StopAndRemove(server, root, ownerLock);
            throw;
        }

        // The test host may be killed ~100 ms after the last test, before ProcessExit finishes; this outlives it.
        TestClusterDirectories.CleanUpAfterExit(root, server.DataDirectory);
        return server;
    }

    private static void StopAndRemove(EmbeddedPostgres server, string root, FileStream ownerLock)
    {
        try
        {
            server.StopAsync().GetAwaiter().GetResult();
            ownerLock.Dispose();
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The watchdog, or the next run's RemoveAbandoned, finishes the job.
        }
    }
}
