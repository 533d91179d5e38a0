using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NewsPortal.Data;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Inbox;

public sealed class InboxWatcherTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private IngestionBed _bed = null!;
    private string _root = null!;

    public async Task InitializeAsync()
    {
        _bed = await IngestionBed.CreateAsync(postgres);
        _root = _bed.Folder();
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Page_dropped_into_the_inbox_is_ingested_and_moved_to_processed_within_seconds()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        var page = Pages.Synthetic(3);

        Pages.Write(inbox.Path, page);

        Assert.Equal(InboxEventKind.Processed, (await inbox.DoneAsync(page.Name)).Kind);
        Assert.True(File.Exists(Path.Combine(inbox.Processed, page.Name)));
        Assert.False(File.Exists(Path.Combine(inbox.Path, page.Name)));
        await using var db = _bed.Db();
        Assert.True(await db.Editions.AnyAsync(e => e.Sha256 == page.Sha256));
        Assert.True(_bed.Index.Count > 0);
    }

    [Fact]
    public async Task File_that_is_not_a_page_goes_to_failed_with_its_reason_beside_it()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        await File.WriteAllBytesAsync(Path.Combine(inbox.Path, "photo.jpg"), Pages.Binary());

        Assert.Equal(InboxEventKind.Failed, (await inbox.DoneAsync("photo.jpg")).Kind);
        Assert.True(File.Exists(Path.Combine(inbox.Failed, "photo.jpg")));
        Assert.Contains("not a newspaper page", await File.ReadAllTextAsync(Path.Combine(inbox.Failed, "photo.jpg.reason.txt")));
        Assert.Equal(0, (await _bed.CountRowsAsync()).Editions);
    }

    [Fact]
    public async Task Seed_pages_are_ingested_on_the_first_start_with_an_empty_database()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        Pages.Write(seeds, Pages.Synthetic(1));
        Pages.Write(seeds, Pages.Synthetic(2));

        await using var inbox = await RunningInbox.StartAsync(_bed, _root, o => o.LoadSeedsOnEmptyDatabase = true);

        await RunningInbox.Eventually(() => _bed.CountRowsAsync().GetAwaiter().GetResult().Editions == 2);
        Assert.True(File.Exists(Path.Combine(seeds, Pages.Synthetic(1).Name)));
    }

    [Fact]
    public async Task Files_stay_in_the_inbox_while_postgresql_is_unavailable()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root, contexts: Unreachable());
        var page = Pages.Synthetic(4);
        var path = Pages.Write(inbox.Path, page);

        await inbox.WaitForAsync(InboxEventKind.Taken, page.Name);
        await inbox.WaitForAsync(e => e.Kind == InboxEventKind.Paused, "a pause");

        Assert.True(File.Exists(path));
        Assert.Empty(Directory.GetFiles(inbox.Failed));
        Assert.DoesNotContain(inbox.Events, e => e.Kind is InboxEventKind.Processed or InboxEventKind.Failed);
    }

    [Fact]
    public async Task The_inbox_resumes_by_itself_when_postgresql_is_back()
    {
        var database = new SwitchableContexts(Unreachable(), _bed.Contexts);
        await using var inbox = await RunningInbox.StartAsync(_bed, _root, contexts: database);
        var page = Pages.Synthetic(5);
        var path = Pages.Write(inbox.Path, page);
        await inbox.WaitForAsync(e => e.Kind == InboxEventKind.Paused, "a pause");
        Assert.True(File.Exists(path));

        database.Restore();

        Assert.Equal(InboxEventKind.Processed, (await inbox.DoneAsync(page.Name)).Kind);
        Assert.True(File.Exists(Path.Combine(inbox.Processed, page.Name)));
        await using var db = _bed.Db();
        Assert.True(await db.Editions.AnyAsync(e => e.Sha256 == page.Sha256));
    }

    [Fact]
    public async Task A_page_in_a_subfolder_is_ingested_under_its_relative_path_and_kept_there_in_processed()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        var page = Pages.Synthetic(6);
        var folder = Directory.CreateDirectory(Path.Combine(inbox.Path, "2025-11-03", "cq")).FullName;

        Pages.Write(folder, page);

        var relative = $"2025-11-03/cq/{page.Name}";
        Assert.Equal(InboxEventKind.Processed, (await inbox.DoneAsync(relative)).Kind);
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "2025-11-03", "cq", page.Name)));
        await using var db = _bed.Db();
        Assert.Equal(relative, await db.Editions.Where(e => e.Sha256 == page.Sha256).Select(e => e.FileName).SingleAsync());
    }

    [Fact]
    public async Task Pages_of_one_name_in_two_subfolders_are_two_editions()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        var (first, second) = (Pages.Synthetic(7), Pages.Synthetic(8));
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(inbox.Path, "a")).FullName, "page.txt"), first.Content);
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(inbox.Path, "b")).FullName, "page.txt"), second.Content);

        await inbox.DoneAsync("a/page.txt");
        await inbox.DoneAsync("b/page.txt");

        Assert.Equal(2, (await _bed.CountRowsAsync()).Editions);
    }

    [Fact]
    public async Task A_new_version_of_a_page_replaces_its_edition_and_the_earlier_file_is_kept_numbered_in_processed()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        var (first, second) = (Pages.Synthetic(9), Pages.Synthetic(10));
        var path = Path.Combine(inbox.Path, "page.txt");
        await File.WriteAllBytesAsync(path, first.Content);
        await inbox.WaitForAsync(e => e.Kind == InboxEventKind.Processed && e.File == "page.txt", "the first version");

        await File.WriteAllBytesAsync(path, second.Content);

        await inbox.WaitForAsync(e => e.Kind == InboxEventKind.Processed && e.File == "page.txt" && e.Detail.StartsWith("Replaced"), "the second version");
        Assert.Equal(second.Content, await File.ReadAllBytesAsync(Path.Combine(inbox.Processed, "page.txt")));
        Assert.Equal(first.Content, await File.ReadAllBytesAsync(Path.Combine(inbox.Processed, "page.txt.~1~")));
        await using var db = _bed.Db();
        Assert.Equal(second.Sha256, await db.Editions.Where(e => e.FileName == "page.txt").Select(e => e.Sha256).SingleAsync());
    }

    [Fact]
    public async Task The_same_bytes_dropped_twice_leave_one_file_in_processed_and_no_version()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        var page = Pages.Synthetic(11);
        Pages.Write(inbox.Path, page);
        await inbox.WaitForAsync(e => e.Kind == InboxEventKind.Processed && e.Detail.StartsWith("Ingested"), "the first drop");

        Pages.Write(inbox.Path, page);

        await inbox.WaitForAsync(e => e.Kind == InboxEventKind.Processed && e.Detail.StartsWith("AlreadyIngested"), "the second drop");
        Assert.Equal([page.Name], Directory.GetFiles(inbox.Processed).Select(Path.GetFileName));
    }

    private IDbContextFactory<NewsPortalDbContext> Unreachable()
    {
        var builder = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(builder,
            new Npgsql.NpgsqlConnectionStringBuilder(_bed.ConnectionString) { Port = 1, Timeout = 1 }.ConnectionString);
        return new PooledDbContextFactory<NewsPortalDbContext>(builder.Options);
    }

    /// <summary>A database that is down until the test brings it back.</summary>
    private sealed class SwitchableContexts(IDbContextFactory<NewsPortalDbContext> down, IDbContextFactory<NewsPortalDbContext> up)
        : IDbContextFactory<NewsPortalDbContext>
    {
        private volatile bool _up;

        public void Restore() => _up = true;

        public NewsPortalDbContext CreateDbContext() => (_up ? up : down).CreateDbContext();
    }
}
