using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using Npgsql;

namespace NewsPortal.LocalPostgres.Tests;

/// <summary>The launcher on clusters of its own (not the shared test server): errors, crashes, reuse, the app's wiring.</summary>
public sealed class EmbeddedPostgresTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsportal-launcher-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Missing_binaries_and_no_connection_string_raise_one_clear_paragraph()
    {
        await using var server = new EmbeddedPostgres(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(_root, "postgres"),
            BinaryDirectories = [Path.Combine(_root, "no-postgresql-here")],
        });

        var error = await Assert.ThrowsAsync<PostgresNotFoundException>(() => server.StartAsync());

        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("ConnectionStrings:NewsPortal", error.Message);
        Assert.Contains("ConnectionStrings__NewsPortal", error.Message);
        Assert.Contains(Path.Combine(_root, "no-postgresql-here"), error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_pid_file_left_by_a_killed_server_is_recovered_on_the_next_start()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_root, "postgres"), StopImmediately = true };
        var crashed = new EmbeddedPostgres(options);
        await crashed.StartAsync();
        var pidFile = Path.Combine(crashed.DataDirectory, "postmaster.pid");
        using (var postmaster = Process.GetProcessById(int.Parse(File.ReadLines(pidFile).First())))
        {
            postmaster.Kill();
            await postmaster.WaitForExitAsync();
        }

        Assert.True(File.Exists(pidFile), "kill -9 leaves the pid file behind");

        await using var restarted = new EmbeddedPostgres(options);
        await restarted.StartAsync();

        Assert.True(restarted.OwnsServer);
        Assert.Equal(1, await SelectOneAsync(restarted.ConnectionString));
    }

    [Fact]
    public async Task A_server_that_dies_is_restarted_on_the_same_port()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_root, "postgres"), StopImmediately = true };
        await using var server = new EmbeddedPostgres(options);
        await server.StartAsync();
        var port = server.Port;
        Assert.False(await server.RestartIfStoppedAsync(), "a live server is left alone");

        var pidFile = Path.Combine(server.DataDirectory, "postmaster.pid");
        using (var postmaster = Process.GetProcessById(int.Parse(File.ReadLines(pidFile).First())))
        {
            postmaster.Kill();
            await postmaster.WaitForExitAsync();
        }

        Assert.True(await server.RestartIfStoppedAsync());
        Assert.Equal(port, server.Port);
        Assert.Equal(1, await SelectOneAsync(server.ConnectionString));
    }

    [Fact]
    public async Task A_second_launcher_on_a_running_cluster_reuses_it_and_leaves_it_running()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_root, "postgres"), StopImmediately = true };
        await using var first = new EmbeddedPostgres(options);
        await first.StartAsync();

        await using (var second = new EmbeddedPostgres(options))
        {
            await second.StartAsync();
            Assert.Equal((first.Port, false), (second.Port, second.OwnsServer));
        }

        Assert.Equal(1, await SelectOneAsync(first.ConnectionString));
    }

    [Fact]
    public async Task Without_a_connection_string_the_host_starts_a_private_migrated_database_and_stops_it()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddNewsPortalData(configuration).AddLocalPostgresWhenNoConnectionString(configuration, contentRoot: _root).BuildServiceProvider();
        var server = services.GetRequiredService<EmbeddedPostgres>();
        var hosted = Assert.Single(services.GetServices<IHostedService>());

        await hosted.StartAsync(CancellationToken.None);
        await services.MigrateNewsPortalDatabaseAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
            Assert.Equal(0, await context.Editions.CountAsync());
        }

        Assert.Equal(Path.Combine(_root, ".data", "postgres"), server.DataDirectory);
        await hosted.StopAsync(CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(server.DataDirectory, "postmaster.pid")), "the server is stopped with the host");
        await services.DisposeAsync();
    }

    [Fact]
    public async Task With_a_connection_string_that_server_is_used_and_none_is_started()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:NewsPortal"] = connectionString })
            .Build();
        await using var services = new ServiceCollection().AddNewsPortalData(configuration).AddLocalPostgresWhenNoConnectionString(configuration, contentRoot: _root).BuildServiceProvider();

        await services.MigrateNewsPortalDatabaseAsync();

        Assert.Null(services.GetService<EmbeddedPostgres>());
        Assert.Empty(services.GetServices<IHostedService>());
        Assert.Equal(1, await ScalarAsync(connectionString,
            "SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'editions'"));
    }

    [Fact]
    public async Task A_backend_reuses_the_memory_a_statement_freed_instead_of_faulting_it_in_again()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_root, "postgres"), StopImmediately = true };
        await using var server = new EmbeddedPostgres(options);
        await server.StartAsync();
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT octet_length(repeat('x', 4000000))", connection);
        await command.ExecuteScalarAsync();
        var backend = connection.ProcessID;

        var before = MinorFaults(backend);
        for (var i = 0; i < 10; i++)
        {
            await command.ExecuteScalarAsync();
        }

        // Each 4 MB value is about 1,000 fresh pages when glibc gives it back to the kernel after the statement.
        var perStatement = (MinorFaults(backend) - before) / 10;
        Assert.True(perStatement < 200, $"{perStatement} page faults a statement");
    }

    /// <summary>minflt, the 10th field of /proc/PID/stat (after the command's parenthesis).</summary>
    private static long MinorFaults(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[7]);
    }

    private static Task<int> SelectOneAsync(string connectionString) => ScalarAsync(connectionString, "SELECT 1");

    private static async Task<int> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
