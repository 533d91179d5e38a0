namespace NewsPortal.Ingestion.Inbox;

/// <summary>The inbox on disk: new files at the top, <c>processed/</c> and <c>failed/</c> beside them.</summary>
internal sealed class InboxFolder(string path)
{
    /// <summary>A file touched this recently may still be being written.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    public string Path { get; } = System.IO.Path.GetFullPath(path);
    public string Processed => System.IO.Path.Combine(Path, "processed");
    public string Failed => System.IO.Path.Combine(Path, "failed");

    public void EnsureExists()
    {
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>Files ready to ingest, oldest first; <paramref name="unsettled"/> tells whether some were skipped as still being written.</summary>
    public IReadOnlyList<string> ReadyFiles(DateTime nowUtc, out bool unsettled)
    {
        var ready = new List<FileInfo>();
        unsettled = false;
        foreach (var file in new DirectoryInfo(Path).EnumerateFiles())
        {
            if (IsScratch(file.Name)) continue;
            if (nowUtc - file.LastWriteTimeUtc < Settle) unsettled = true;
            else ready.Add(file);
        }
        return ready.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.FullName).ToList();
    }

    public void MoveToProcessed(string file) => Move(file, Processed);

    /// <summary>Moves the file to failed/ and writes why next to it as NAME.reason.txt.</summary>
    public void MoveToFailed(string file, string reason)
    {
        var name = System.IO.Path.GetFileName(file);
        File.WriteAllText(System.IO.Path.Combine(Failed, name + ".reason.txt"), reason + Environment.NewLine);
        Move(file, Failed);
    }

    /// <summary>Another ingester watching the same inbox may have moved the file first; that is fine.</summary>
    private static void Move(string file, string folder)
    {
        try
        {
            File.Move(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)), overwrite: true);
        }
        catch (FileNotFoundException)
        {
        }
    }

    private static bool IsScratch(string name) =>
        name.StartsWith('.') || name.EndsWith('~')
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".partial", StringComparison.OrdinalIgnoreCase);
}
