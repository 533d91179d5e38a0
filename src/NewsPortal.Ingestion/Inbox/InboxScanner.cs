using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Ingestion.Inbox;

/// <summary>
/// Decides, scan after scan, which inbox entries to take, refuse or leave for later, and takes them whole:
/// a regular file is taken once no process has it open for writing and it has not changed for the settle
/// interval (at once when it was renamed into place), read through <see cref="TakenFile"/>, and moved to
/// processed/ only if it is still the file that was read.
/// </summary>
internal sealed partial class InboxScanner(
    InboxFolder inbox,
    IngestionPipeline pipeline,
    RefusalLog refusals,
    IngestionOptions options,
    ILogger logger,
    Action<InboxEvent> report)
{
    private readonly Dictionary<string, (FileStatus Status, DateTime Since)> _seen = [];
    private readonly Dictionary<string, string> _announced = [];
    private readonly ConcurrentDictionary<string, DateTime> _renamedIn = new(StringComparer.Ordinal);

    /// <summary>A file-system event said this path was the new name of a rename.</summary>
    public void RenamedInto(string fullPath) => _renamedIn[fullPath] = DateTime.UtcNow;

    /// <summary>One pass over the inbox; true when some file is still waiting, so the next pass should come soon.</summary>
    public async Task<bool> ScanAsync(CancellationToken ct)
    {
        var entries = inbox.Entries().ToList();
        Forget(entries);
        var candidates = new List<InboxEntry>();
        foreach (var entry in entries)
        {
            if (InboxRules.Ignored(entry.Name) is { } ignored) Announce(InboxEventKind.Ignored, entry, ignored);
            else if (InboxRules.Refusal(entry.Status) is { } refusal) await RefuseAsync(entry, refusal, ct);
            else candidates.Add(entry);
        }
        if (candidates.Count == 0) return false;

        var writers = OpenWriters.Among(candidates.ToDictionary(c => c.FullPath, c => c.Status));
        var waiting = false;
        var now = DateTime.UtcNow;
        foreach (var entry in candidates.OrderBy(c => c.Status.ModifiedNs).ThenBy(c => c.Relative, StringComparer.Ordinal))
        {
            if (writers.TryGetValue((entry.Status.Device, entry.Status.Inode), out var pid))
            {
                _seen.Remove(entry.Relative);
                Announce(InboxEventKind.Waiting, entry, $"open for writing by process {pid}");
                waiting = true;
            }
            else if (_renamedIn.TryRemove(entry.FullPath, out _) || Settled(entry, now))
            {
                await TakeAsync(entry, ct);
            }
            else
            {
                waiting = true;
            }
        }
        return waiting;
    }

    /// <summary>True once the entry's size and modification time have held for the settle interval.</summary>
    private bool Settled(InboxEntry entry, DateTime now)
    {
        if (_seen.TryGetValue(entry.Relative, out var seen) && seen.Status.Unchanged(entry.Status))
            return now - seen.Since >= options.SettleInterval;
        _seen[entry.Relative] = (entry.Status, now);
        Announce(InboxEventKind.Waiting, entry, $"settling: taken when unchanged for {options.SettleInterval.TotalSeconds:0.###} s");
        return options.SettleInterval <= TimeSpan.Zero;
    }

    private async Task TakeAsync(InboxEntry entry, CancellationToken ct)
    {
        if (entry.Status.Size > options.MaxFileBytes)
        {
            await RefuseAsync(entry, $"file is {entry.Status.Size:N0} bytes, over the {options.MaxFileBytes:N0}-byte limit (Ingestion:MaxFileBytes): not a page dump", ct);
            return;
        }
        var (content, refusal) = TakenFile.Read(entry.FullPath, entry.Status, options.MaxFileBytes);
        if (refusal is not null)
        {
            await RefuseAsync(entry, refusal, ct);
            return;
        }
        if (!FileStatus.Of(entry.FullPath).Unchanged(entry.Status))
        {
            _seen.Remove(entry.Relative);
            Announce(InboxEventKind.Waiting, entry, "changed while being read: taken again when it settles");
            return;
        }
        Report(InboxEventKind.Taken, entry, $"{content!.Length} bytes");
        var result = await pipeline.IngestAsync(new PageFile(entry.FullPath, content) { Name = entry.Relative }, ct);
        _seen.Remove(entry.Relative);
        _announced.Remove(entry.Relative);

        if (!FileStatus.Of(entry.FullPath).Unchanged(entry.Status))
        {
            // Written to again after it was taken: what was taken stays in processed/, the file is taken again as a new version.
            var kept = result.Outcome is IngestOutcome.Ingested or IngestOutcome.Replaced ? inbox.KeepVersion(entry, content) : null;
            ChangedAfterTaken(logger, entry.Relative, kept ?? "(not stored)");
            Report(InboxEventKind.ChangedAfterTaken, entry, kept is null ? "nothing stored from it" : $"taken bytes kept as {kept}");
            return;
        }
        if (result.Outcome == IngestOutcome.Failed)
        {
            inbox.MoveToFailed(entry, result.Error ?? "failed");
            Report(InboxEventKind.Failed, entry, result.Error ?? "failed");
        }
        else
        {
            inbox.MoveToProcessed(entry);
            Report(InboxEventKind.Processed, entry, $"{result.Outcome}: {result.Articles} articles");
        }
    }

    private async Task RefuseAsync(InboxEntry entry, string reason, CancellationToken ct)
    {
        _seen.Remove(entry.Relative);
        _announced.Remove(entry.Relative);
        if (!inbox.MoveToFailed(entry, reason)) return;
        Refused(logger, entry.Relative, reason);
        await refusals.RecordAsync(entry.FullPath, reason, ct);
        Report(InboxEventKind.Refused, entry, reason);
    }

    /// <summary>Reports a waiting or ignored entry once per reason, not on every scan.</summary>
    private void Announce(InboxEventKind kind, InboxEntry entry, string reason)
    {
        if (_announced.TryGetValue(entry.Relative, out var said) && said == reason) return;
        _announced[entry.Relative] = reason;
        if (kind == InboxEventKind.Ignored) Ignored(logger, entry.Relative, reason);
        else Waiting(logger, entry.Relative, reason);
        Report(kind, entry, reason);
    }

    private void Report(InboxEventKind kind, InboxEntry entry, string detail) => report(new InboxEvent(kind, entry.Relative, detail));

    /// <summary>Drops what is remembered about entries that are gone.</summary>
    private void Forget(List<InboxEntry> entries)
    {
        var present = entries.Select(e => e.Relative).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.Remove(gone);
        foreach (var gone in _announced.Keys.Where(k => !present.Contains(k)).ToList()) _announced.Remove(gone);
        // A rename heard of just now may be newer than this scan's listing.
        var paths = entries.Select(e => e.FullPath).ToHashSet(StringComparer.Ordinal);
        var stale = DateTime.UtcNow - TimeSpan.FromMinutes(1);
        foreach (var (gone, _) in _renamedIn.Where(r => r.Value < stale && !paths.Contains(r.Key)).ToList()) _renamedIn.TryRemove(gone, out _);
    }

    [LoggerMessage(EventId = 6026, Level = LogLevel.Information, Message = "Inbox leaves {File} alone: {Reason}")]
    private static partial void Ignored(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6027, Level = LogLevel.Debug, Message = "Inbox waits for {File}: {Reason}")]
    private static partial void Waiting(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6028, Level = LogLevel.Warning, Message = "Inbox refused {File}, moved to failed/ unread: {Reason}")]
    private static partial void Refused(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6029, Level = LogLevel.Warning, Message = "Inbox file {File} changed after it was taken; the taken bytes are kept as {Kept} and it will be taken again")]
    private static partial void ChangedAfterTaken(ILogger logger, string file, string kept);
}
