using NewsPortal.Data.Backups;
using NewsPortal.Data.Tests;
using Npgsql;

namespace NewsPortal.Cli.Tests;

public sealed class BackupRestoreTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Backup_then_dropping_the_database_then_restore_gives_the_same_counts_and_search_results()
    {
        using var bed = await OperationsBed.CreateAsync(postgres);
        await bed.WritePagesAsync(6);
        Assert.Equal(0, (await bed.RunAsync("ingest", bed.Pages)).ExitCode);
        var counts = await bed.CountsAsync();
        var search = bed.Search("重庆");
        var backupFolder = Path.Combine(bed.Folder, "backup");

        var backup = await bed.RunAsync("backup", backupFolder);

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.True(new FileInfo(Path.Combine(backupFolder, DatabaseBackup.DumpFile)).Length > 0);
        Assert.Contains($"{counts.Articles} articles", backup.Out);

        await DropDatabaseAsync(bed.ConnectionString);
        Directory.Delete(bed.IndexPath, recursive: true);

        var restore = await bed.RunAsync("restore", backupFolder);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.True(counts.Articles > 0 && counts.Entities > 0 && counts.Figures > 0);
        Assert.Equal(counts, await bed.CountsAsync());
        Assert.Contains($"{counts.Articles} articles indexed", restore.Out);
        Assert.NotEmpty(search.Ids);
        var again = bed.Search("重庆");
        Assert.Equal(search.Count, again.Count);
        Assert.Equal(search.Ids, again.Ids);
    }

    [Fact]
    public async Task Restore_from_a_folder_without_a_backup_says_so_and_changes_nothing()
    {
        using var bed = await OperationsBed.CreateAsync(postgres);
        await bed.WritePagesAsync(2);
        await bed.RunAsync("ingest", bed.Pages);
        var counts = await bed.CountsAsync();

        var restore = await bed.RunAsync("restore", Path.Combine(bed.Folder, "nothing-here"));

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains(DatabaseBackup.DumpFile, restore.Error);
        Assert.Equal(counts, await bed.CountsAsync());
    }

    private static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
