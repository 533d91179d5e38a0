namespace NewsPortal.Ingestion.Inbox;

/// <summary>Which entries the inbox leaves alone for now, and which it refuses outright, with the reason given.</summary>
internal static class InboxRules
{
    /// <summary>Names senders use while a file is still being written; such a file is taken once renamed.</summary>
    private static readonly string[] ScratchSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".filepart", "~"];

    /// <summary>Why an entry of this name is left alone until it is renamed, or null when it is a candidate.</summary>
    public static string? Ignored(string name)
    {
        if (name.StartsWith('.')) return "hidden name (starting with '.'): taken once renamed";
        var suffix = ScratchSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        return suffix is null ? null : $"temporary name (*{suffix}): taken once renamed";
    }

    /// <summary>Why an entry is refused without being read, or null for a regular file with one link (or a folder).</summary>
    public static string? Refusal(FileStatus status) => status.Kind switch
    {
        EntryKind.Regular when status.Links > 1 => HardLinked(status.Links),
        EntryKind.Regular or EntryKind.Directory or EntryKind.Missing => null,
        EntryKind.SymbolicLink => "refused, not read: a symbolic link (only regular files inside the inbox are ingested)",
        EntryKind.Fifo => "refused, not read: a FIFO (named pipe), not a file",
        EntryKind.CharacterDevice or EntryKind.BlockDevice => "refused, not read: a device, not a file",
        EntryKind.Socket => "refused, not read: a socket, not a file",
        _ => "refused, not read: not a regular file",
    };

    public static string HardLinked(uint links) =>
        $"refused, not read: a hard link ({links} names for one file), which may be a file from outside the inbox; copy it in instead";
}
