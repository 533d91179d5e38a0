using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsPortal.Ingestion.Inbox;

/// <summary>
/// Reads a file the inbox has decided to take, and only that file: opened without following a link and without
/// blocking on a FIFO, then checked to be the same regular, singly linked file that was examined.
/// </summary>
internal static class TakenFile
{
    /// <summary>The bytes, or null with the reason when the entry is no longer the file that was examined.</summary>
    public static (byte[]? Content, string? Refusal) Read(string path, FileStatus examined, long maxBytes)
    {
        using var handle = Open(path);
        var opened = FileStatus.Of(handle);
        if (OperatingSystem.IsLinux())
        {
            if (opened.Kind != EntryKind.Regular || opened.Device != examined.Device || opened.Inode != examined.Inode)
                return (null, "replaced by another entry while being taken");
            if (opened.Links > 1) return (null, InboxRules.HardLinked(opened.Links));
        }
        var content = new MemoryStream((int)Math.Min(Math.Max(examined.Size, 0), maxBytes + 1));
        var buffer = new byte[81920];
        long offset = 0;
        while (offset <= maxBytes)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read == 0) break;
            content.Write(buffer, 0, read);
            offset += read;
        }
        return (content.ToArray(), null);
    }

    private static SafeFileHandle Open(string path)
    {
        if (!OperatingSystem.IsLinux()) return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var fd = Native.open(path, Native.ReadOnly | Native.NonBlock | Native.CloseOnExec | Native.NoFollow);
        if (fd < 0) throw new IOException($"cannot open {path}: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static class Native
    {
        public const int ReadOnly = 0;
        public const int NonBlock = 0x800;
        public const int CloseOnExec = 0x80000;

        /// <summary>O_NOFOLLOW differs by architecture; where unknown, the identity check after opening still refuses a link.</summary>
        public static readonly int NoFollow = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 or Architecture.X86 => 0x20000,
            Architecture.Arm64 or Architecture.Arm => 0x8000,
            _ => 0,
        };

        [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // a plain DllImport keeps the project free of unsafe code
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
#pragma warning restore SYSLIB1054
    }
}
