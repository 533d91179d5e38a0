namespace NewsPortal.Ingestion.Inbox;

/// <summary>What a retry did: the files moved back into the inbox, and the ones left in failed/ with why.</summary>
public sealed record RetrySummary(IReadOnlyList<string> Moved, IReadOnlyList<(string File, string Reason)> Skipped);

/// <summary>
/// The files in the inbox's failed/ folder, and retrying them once their cause is fixed (a parser upgrade, a raised
/// limit): each moves back into the inbox under its relative path and its NAME.reason.txt is removed; the inbox
/// takes it again at once (it arrives by rename). Numbered earlier versions (NAME.~N~) stay where they are.
/// Files are renamed, never opened, so a refused link or FIFO goes back to be refused again unless it was replaced.
/// </summary>
public sealed class FailedFiles(string inboxPath)
{
    private readonly InboxFolder _inbox = new(inboxPath);

    public string Folder => _inbox.Failed;

    /// <summary>The files waiting in failed/, as paths relative to it.</summary>
    public IReadOnlyList<string> List()
    {
        if (!Directory.Exists(_inbox.Failed)) return [];
        return new InboxFolder(_inbox.Failed).Entries()
            .Select(e => e.Relative)
            .Where(r => !r.EndsWith(InboxFolder.ReasonSuffix, StringComparison.Ordinal) && !InboxFolder.IsVersion(Path.GetFileName(r)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public RetrySummary Retry()
    {
        var (moved, skipped) = (new List<string>(), new List<(string, string)>());
        foreach (var relative in List())
        {
            var (source, target) = (Path.Combine(_inbox.Failed, relative), _inbox.FullPath(relative));
            if (FileStatus.Of(target).Kind != EntryKind.Missing)
            {
                skipped.Add((relative, "a file of that name is already waiting in the inbox"));
                continue;
            }
            if (!InboxFolder.Move(source, target, compare: false)) continue; // retried by someone else meanwhile
            File.Delete(source + InboxFolder.ReasonSuffix);
            moved.Add(relative);
        }
        return new RetrySummary(moved, skipped);
    }
}
