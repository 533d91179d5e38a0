using System.Diagnostics;
using System.Net.Sockets;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Inbox;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests.Inbox;

/// <summary>Only regular files inside the inbox are read: links, pipes, devices and sockets are refused unread.</summary>
public sealed class OutsideEntryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private IngestionBed _bed = null!;
    private string _root = null!;
    private string _outside = null!;

    public async Task InitializeAsync()
    {
        _bed = await IngestionBed.CreateAsync(postgres);
        _root = _bed.Folder();
        _outside = Path.Combine(_bed.Folder(), "secret_page.txt");
        // A real page, so that reading it would store something: the refusal is what keeps it out.
        await File.WriteAllBytesAsync(_outside, Pages.Synthetic(31).Content);
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_symbolic_link_to_a_file_outside_is_refused_with_its_reason_and_nothing_is_stored()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        File.CreateSymbolicLink(Path.Combine(inbox.Path, "passwd.txt"), _outside);

        await AssertRefusedAsync(inbox, "passwd.txt", "symbolic link");
        Assert.NotNull(new FileInfo(Path.Combine(inbox.Failed, "passwd.txt")).LinkTarget);
    }

    [Fact]
    public async Task A_symbolic_link_to_a_folder_outside_is_refused_and_not_walked()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        Directory.CreateSymbolicLink(Path.Combine(inbox.Path, "elsewhere"), Path.GetDirectoryName(_outside)!);

        await AssertRefusedAsync(inbox, "elsewhere", "symbolic link");
        Assert.DoesNotContain(inbox.Events, e => e.File.StartsWith("elsewhere/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hard_link_to_a_file_outside_is_refused_with_its_reason_and_nothing_is_stored()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        await RunAsync("ln", _outside, Path.Combine(inbox.Path, "linked.txt"));

        await AssertRefusedAsync(inbox, "linked.txt", "hard link");
    }

    [Fact]
    public async Task A_fifo_is_refused_without_being_opened()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        await RunAsync("mkfifo", Path.Combine(inbox.Path, "pipe.txt"));

        // Opening a FIFO for reading would block the inbox until a writer came; the refusal proves it did not.
        await AssertRefusedAsync(inbox, "pipe.txt", "FIFO");
    }

    [Fact]
    public async Task A_device_is_refused_without_being_opened()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            // Only root may create a device node; what the inbox would do with one is the rule applied to /dev/null.
            Assert.Contains("device", InboxRules.Refusal(FileStatus.Of("/dev/null")));
            return;
        }
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);

        await RunAsync("mknod", Path.Combine(inbox.Path, "zero.txt"), "c", "1", "5");

        await AssertRefusedAsync(inbox, "zero.txt", "device");
    }

    [Fact]
    public async Task A_socket_is_refused_without_being_opened()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(inbox.Path, "socket.txt")));

        await AssertRefusedAsync(inbox, "socket.txt", "socket");
    }

    [Fact]
    public async Task A_link_inside_a_subfolder_is_refused_like_one_at_the_top()
    {
        await using var inbox = await RunningInbox.StartAsync(_bed, _root);
        var folder = Directory.CreateDirectory(Path.Combine(inbox.Path, "day")).FullName;

        File.CreateSymbolicLink(Path.Combine(folder, "page.txt"), _outside);

        await AssertRefusedAsync(inbox, "day/page.txt", "symbolic link");
        Assert.True(File.Exists(Path.Combine(inbox.Failed, "day", "page.txt.reason.txt")));
    }

    private async Task AssertRefusedAsync(RunningInbox inbox, string relative, string reason)
    {
        var done = await inbox.DoneAsync(relative);
        Assert.Equal(InboxEventKind.Refused, done.Kind);
        Assert.Contains(reason, done.Detail);
        Assert.Contains(reason, await File.ReadAllTextAsync(Path.Combine(inbox.Failed, relative + InboxFolder.ReasonSuffix)));
        Assert.DoesNotContain(inbox.About(relative), e => e.Kind == InboxEventKind.Taken);
        Assert.False(File.Exists(Path.Combine(inbox.Path, relative)) || Directory.Exists(Path.Combine(inbox.Path, relative)));
        var rows = await _bed.CountRowsAsync();
        Assert.Equal((0, 0), (rows.Editions, rows.Articles));
        Assert.Equal(Pages.Synthetic(31).Content, await File.ReadAllBytesAsync(_outside));
        await using var db = _bed.Db();
        Assert.Contains(db.IngestedFiles, f => f.Path.EndsWith(relative) && f.Error!.Contains(reason));
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
    }
}
