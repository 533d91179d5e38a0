namespace NewsPortal.Ingestion.Inbox;

/// <summary>One entry below the inbox: its path relative to the inbox (always with '/'), full path and status.</summary>
internal sealed record InboxEntry(string Relative, string FullPath, FileStatus Status)
{
    public string Name => Path.GetFileName(FullPath);
}

/// <summary>
/// The inbox on disk: new files anywhere below it, <c>processed/</c> and <c>failed/</c> beside them, each keeping
/// the file's path relative to the inbox. Nothing that is already there is overwritten: an earlier file of the
/// same name with other content is kept as <c>NAME.~N~</c>, as <c>mv --backup=numbered</c> does.
/// </summary>
internal sealed class InboxFolder(string path)
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";
    public const string ReasonSuffix = ".reason.txt";

    public string Path { get; } = System.IO.Path.GetFullPath(path);
    public string Processed => System.IO.Path.Combine(Path, ProcessedFolder);
    public string Failed => System.IO.Path.Combine(Path, FailedFolder);

    public void EnsureExists()
    {
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>
    /// Every entry below the inbox except processed/ and failed/, examined without following links: folders are
    /// walked (hidden ones skipped), a link to a folder is an entry like any other link and is not walked.
    /// </summary>
    public IEnumerable<InboxEntry> Entries()
    {
        var folders = new Stack<string>([Path]);
        while (folders.TryPop(out var folder))
        {
            foreach (var full in Names(folder))
            {
                var relative = System.IO.Path.GetRelativePath(Path, full).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                var status = FileStatus.Of(full);
                if (status.Kind == EntryKind.Missing) continue;
                if (status.Kind == EntryKind.Directory)
                {
                    if (folder == Path && relative is ProcessedFolder or FailedFolder) continue;
                    if (!System.IO.Path.GetFileName(full).StartsWith('.')) folders.Push(full);
                    continue;
                }
                yield return new InboxEntry(relative, full, status);
            }
        }
    }

    public string FullPath(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Moves the entry to processed/ under the same relative path; false when another ingester took it first.</summary>
    public bool MoveToProcessed(InboxEntry entry) => Move(entry.FullPath, System.IO.Path.Combine(Processed, entry.Relative), compare: true);

    /// <summary>Moves the entry (a rename: never opened) to failed/ and writes why beside it as NAME.reason.txt.</summary>
    public bool MoveToFailed(InboxEntry entry, string reason)
    {
        var target = System.IO.Path.Combine(Failed, entry.Relative);
        if (!Move(entry.FullPath, target, compare: false)) return false;
        File.WriteAllText(target + ReasonSuffix, reason + Environment.NewLine);
        return true;
    }

    /// <summary>Keeps bytes that were ingested from a file that then changed, as a numbered version in processed/.</summary>
    public string KeepVersion(InboxEntry entry, byte[] content)
    {
        var target = NextVersion(System.IO.Path.Combine(Processed, entry.Relative));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, content);
        return target;
    }

    /// <summary>A numbered version of <paramref name="target"/> that does not exist yet: NAME.~1~, NAME.~2~, …</summary>
    public static string NextVersion(string target)
    {
        for (var n = 1; ; n++)
        {
            var candidate = $"{target}.~{n}~";
            if (FileStatus.Of(candidate).Kind == EntryKind.Missing) return candidate;
        }
    }

    public static bool IsVersion(string name) => name.EndsWith('~') && name.Contains(".~", StringComparison.Ordinal);

    /// <summary>Another ingester watching the same inbox may have moved the file first; that is fine.</summary>
    /// <param name="compare">Whether the source may be read to compare it with an earlier copy (never for a refused entry).</param>
    internal static bool Move(string source, string target, bool compare)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        KeepEarlier(source, target, compare);
        try
        {
            // A link to a folder is renamed as the link it is; File.Move would look through it.
            if (FileStatus.Of(source).Kind == EntryKind.SymbolicLink && Directory.Exists(source)) Directory.Move(source, target);
            else File.Move(source, target, overwrite: false);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>An identical earlier copy is simply replaced; a different one is renamed to the next free NAME.~N~.</summary>
    private static void KeepEarlier(string source, string target, bool compare)
    {
        var existing = FileStatus.Of(target);
        if (existing.Kind == EntryKind.Missing) return;
        if (compare && existing.Kind == EntryKind.Regular && SameBytes(source, target))
        {
            File.Delete(target);
            return;
        }
        var version = NextVersion(target);
        File.Move(target, version);
        if (File.Exists(target + ReasonSuffix)) File.Move(target + ReasonSuffix, version + ReasonSuffix);
    }

    private static bool SameBytes(string a, string b)
    {
        try
        {
            var (left, right) = (new FileInfo(a), new FileInfo(b));
            return left.Length == right.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Names(string folder)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
