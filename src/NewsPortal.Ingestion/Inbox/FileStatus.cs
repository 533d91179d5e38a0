using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsPortal.Ingestion.Inbox;

/// <summary>What kind of directory entry a path names, read without following a symbolic link.</summary>
internal enum EntryKind { Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Missing, Other }

/// <summary>
/// One entry's status as lstat sees it (Linux statx; elsewhere what .NET can tell): its kind, hard links,
/// identity (device, inode), size and modification time in nanoseconds.
/// </summary>
internal readonly record struct FileStatus(EntryKind Kind, uint Links, ulong Device, ulong Inode, long Size, long ModifiedNs)
{
    public static readonly FileStatus Missing = new(EntryKind.Missing, 0, 0, 0, 0, 0);

    /// <summary>Same file, same size, same modification time: nothing was written in between.</summary>
    public bool Unchanged(FileStatus other) =>
        Kind == other.Kind && Device == other.Device && Inode == other.Inode && Size == other.Size && ModifiedNs == other.ModifiedNs;

    /// <summary>The entry itself, never what a symbolic link points at.</summary>
    public static FileStatus Of(string path) =>
        OperatingSystem.IsLinux() ? Statx.OfPath(path, follow: false) : Managed(path);

    /// <summary>The file a path leads to, following links (for /proc/PID/fd/N, the open file).</summary>
    public static FileStatus Target(string path) =>
        OperatingSystem.IsLinux() ? Statx.OfPath(path, follow: true) : FileStatus.Missing;

    /// <summary>The file an open handle refers to.</summary>
    public static FileStatus Of(SafeFileHandle handle) =>
        OperatingSystem.IsLinux() ? Statx.Handle(handle) : Missing;

    /// <summary>Without statx: links are seen, FIFOs, devices and hard links are not.</summary>
    private static FileStatus Managed(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return new(EntryKind.SymbolicLink, 1, 0, 0, 0, 0);
        if (Directory.Exists(path)) return new(EntryKind.Directory, 1, 0, 0, 0, 0);
        if (!info.Exists) return Missing;
        return new(EntryKind.Regular, 1, 0, 0, info.Length, info.LastWriteTimeUtc.Ticks * 100);
    }

    /// <summary>
    /// statx(2) from libc: its buffer has the same layout on every architecture, unlike struct stat.
    /// Offsets per linux/stat.h: nlink 16, mode 28, ino 32, size 40, mtime 112, dev 136.
    /// </summary>
    private static class Statx
    {
        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const int AtEmptyPath = 0x1000;
        private const uint BasicStats = 0x7ff;

        public static FileStatus OfPath(string path, bool follow)
        {
            var buffer = new byte[256];
            return statx(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow, BasicStats, buffer) == 0 ? Read(buffer) : Missing;
        }

        public static FileStatus Handle(SafeFileHandle handle)
        {
            var buffer = new byte[256];
            var added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                return statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, BasicStats, buffer) == 0 ? Read(buffer) : Missing;
            }
            finally
            {
                if (added) handle.DangerousRelease();
            }
        }

        private static FileStatus Read(byte[] b)
        {
            var mode = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(28));
            var kind = (mode & 0xF000) switch
            {
                0x8000 => EntryKind.Regular,
                0x4000 => EntryKind.Directory,
                0xA000 => EntryKind.SymbolicLink,
                0x1000 => EntryKind.Fifo,
                0x2000 => EntryKind.CharacterDevice,
                0x6000 => EntryKind.BlockDevice,
                0xC000 => EntryKind.Socket,
                _ => EntryKind.Other,
            };
            var device = ((ulong)Read32(b, 136) << 32) | Read32(b, 140);
            var modified = BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(112)) * 1_000_000_000 + Read32(b, 120);
            return new FileStatus(kind, Read32(b, 16), device, BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(32)),
                BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(40)), modified);
        }

        private static uint Read32(byte[] b, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(offset));

        [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // a plain DllImport keeps the project free of unsafe code
        private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
    }
}
