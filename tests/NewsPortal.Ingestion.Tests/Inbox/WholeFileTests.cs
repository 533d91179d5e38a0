using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Inbox;

/// <summary>Files arriving the way scp, slow shares and downloads write them are taken once, whole.</summary>
public sealed class WholeFileTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
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
    public async Task A_page_written_in_ten_pieces_over_six_seconds_is_ingested_once_whole()
    {
        // Each piece opens, appends and closes the file, so no writer is seen between pieces: the settle interval
        // (three seconds here, longer than any pause) is what keeps the half-written file out.
        await using var inbox = await RunningInbox.StartAsync(_bed, _root, o => o.SettleInterval = TimeSpan.FromSeconds(3));
        var page = Pages.Synthetic(21);
        var path = Path.Combine(inbox.Path, page.Name);

        foreach (var piece in Pieces(page.Content, 10))
        {
            await using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write)) await stream.WriteAsync(piece);
            await Task.Delay(TimeSpan.FromSeconds(6.0 / 9));
        }

        await AssertIngestedOnceWholeAsync(inbox, page);
    }

    [Fact]
    public async Task A_page_held_open_while_its_writer_pauses_eight_seconds_halfway_is_ingested_once_whole()
    {
        // A settle interval of one second would take the half page; the open writer is what keeps it out.
        await using var inbox = await RunningInbox.StartAsync(_bed, _root, o => o.SettleInterval = TimeSpan.FromSeconds(1));
        var page = Pages.Synthetic(22);
        var half = page.Content.Length / 2;

        await using (var stream = new FileStream(Path.Combine(inbox.Path, page.Name), FileMode.CreateNew, FileAccess.Write))
        {
            await stream.WriteAsync(page.Content.AsMemory(0, half));
            await stream.FlushAsync();
            await inbox.WaitForAsync(e => e.File == page.Name && e.Detail.StartsWith("open for writing by process"), "the open writer");
            await Task.Delay(TimeSpan.FromSeconds(8));
            Assert.DoesNotContain(inbox.About(page.Name), e => e.Kind == InboxEventKind.Taken);
            await stream.WriteAsync(page.Content.AsMemory(half));
        }

        await AssertIngestedOnceWholeAsync(inbox, page);
    }

    [Fact]
    public async Task A_four_megabyte_file_copied_slowly_is_taken_at_its_full_size_never_as_empty()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root, o => o.SettleInterval = TimeSpan.FromSeconds(1));
        var content = FourMegabytePage();
        var name = "big_page.txt";

        // As cp does: the file exists at 0 bytes first, then grows 64 KB at a time while held open.
        await using (var stream = new FileStream(Path.Combine(inbox.Path, name), FileMode.CreateNew, FileAccess.Write))
        {
            await stream.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            for (var offset = 0; offset < content.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(content.AsMemory(offset, Math.Min(64 * 1024, content.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(40);
            }
        }

        // Parsing 4 MB (mostly blank lines) takes seconds, many more on a loaded machine.
        var done = await inbox.DoneAsync(name, TimeSpan.FromMinutes(3));
        var taken = Assert.Single(inbox.About(name), e => e.Kind == InboxEventKind.Taken);
        Assert.Equal($"{content.Length} bytes", taken.Detail);
        Assert.Equal(InboxEventKind.Processed, done.Kind);
        Assert.Equal(content.Length, new FileInfo(Path.Combine(inbox.Processed, name)).Length);
    }

    [Fact]
    public async Task A_part_file_is_left_alone_until_it_is_renamed_and_then_taken_at_once()
    {
        // A settle interval far longer than the test: only the rename can make the file be taken.
        await using var inbox = await RunningInbox.StartAsync(_bed, _root, o => o.SettleInterval = TimeSpan.FromMinutes(10));
        var page = Pages.Synthetic(23);
        var part = Path.Combine(inbox.Path, page.Name + ".part");
        await File.WriteAllBytesAsync(part, page.Content);

        var ignored = await inbox.WaitForAsync(InboxEventKind.Ignored, page.Name + ".part");
        Assert.Contains("temporary name", ignored.Detail);
        Assert.Equal(0, (await _bed.CountRowsAsync()).Editions);

        File.Move(part, Path.Combine(inbox.Path, page.Name));

        await AssertIngestedOnceWholeAsync(inbox, page);
    }

    [Theory]
    [InlineData(".page.txt")]
    [InlineData("page.txt.tmp")]
    [InlineData("page.txt.partial")]
    [InlineData("page.txt.crdownload")]
    [InlineData("page.txt.filepart")]
    public async Task Names_that_senders_write_under_are_ignored(string name)
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        await File.WriteAllBytesAsync(Path.Combine(inbox.Path, name), Pages.Synthetic(24).Content);

        await inbox.WaitForAsync(InboxEventKind.Ignored, name);
        Assert.True(File.Exists(Path.Combine(inbox.Path, name)));
        Assert.Equal(0, (await _bed.CountRowsAsync()).Editions);
    }

    private async Task AssertIngestedOnceWholeAsync(RunningInbox inbox, PageFile page)
    {
        var done = await inbox.DoneAsync(page.Name);
        Assert.Equal(InboxEventKind.Processed, done.Kind);
        var taken = Assert.Single(inbox.About(page.Name), e => e.Kind == InboxEventKind.Taken);
        Assert.Equal($"{page.Content.Length} bytes", taken.Detail);
        var expected = _bed.Analyzer.Analyze(page.Content, page.Name).Articles.Count;
        await using var db = _bed.Db();
        var edition = await db.Editions.Where(e => e.FileName == page.Name).Select(e => new { e.Sha256, Articles = e.Articles.Count }).SingleAsync();
        Assert.Equal(page.Sha256, edition.Sha256);
        Assert.Equal(expected, edition.Articles);
        Assert.Equal(page.Content, await File.ReadAllBytesAsync(Path.Combine(inbox.Processed, page.Name)));
    }

    private static IEnumerable<byte[]> Pieces(byte[] content, int count)
    {
        var size = (content.Length + count - 1) / count;
        for (var offset = 0; offset < content.Length; offset += size) yield return content[offset..Math.Min(content.Length, offset + size)];
    }

    /// <summary>A real page followed by blank lines up to 4 MB: large, yet quick to parse.</summary>
    private static byte[] FourMegabytePage()
    {
        var page = Pages.Synthetic(25).Content;
        var content = new byte[4 * 1024 * 1024];
        page.CopyTo(content, 0);
        content.AsSpan(page.Length).Fill((byte)'\n');
        return content;
    }
}
