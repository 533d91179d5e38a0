using System.IO.Hashing;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsPortal.Search.Indexing;

/// <summary>
/// The index's folder: read through memory maps as <see cref="FSDirectory.Open(string)"/> would (64-bit), written
/// through <see cref="FileIndexOutput"/>, which checksums with the vectorised CRC-32 of System.IO.Hashing instead of
/// Lucene.Net's byte-at-a-time one (about 3 % of the CLI's CPU while ingesting: every segment flush, merge and
/// compound file checksums all it writes). The same bytes and checksums reach the disk.
/// </summary>
internal sealed class IndexFolder : MMapDirectory
{
    public IndexFolder(string path) : base(new DirectoryInfo(path))
    {
    }

    /// <summary><see cref="FSDirectory.Open(string)"/> where memory maps would not be its choice (32-bit), else this folder.</summary>
    public static LuceneDirectory At(string path) =>
        Environment.Is64BitProcess ? new IndexFolder(path) : FSDirectory.Open(path);

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        return new FileIndexOutput(Path.Combine(Directory.FullName, name));
    }
}

/// <summary>
/// A file written through one buffer, checksummed (CRC-32, as <c>java.util.zip.CRC32</c> and Lucene's own) as each
/// buffer goes out, and flushed to the disk when closed, as Lucene.Net's <c>FSIndexOutput</c> does.
/// </summary>
internal sealed class FileIndexOutput : IndexOutput
{
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly Crc32 _crc = new();
    private int _used;
    private long _written;
    private bool _closed;

    public FileIndexOutput(string path)
    {
        // Unbuffered: the buffer above is the only one, so each byte is copied once.
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
    }

    public override void WriteByte(byte b)
    {
        if (_used == BufferSize)
        {
            WriteBuffer();
        }
        _buffer[_used++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        var bytes = new ReadOnlySpan<byte>(b, offset, length);
        if (bytes.Length <= BufferSize - _used)
        {
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
            return;
        }
        WriteBuffer();
        if (bytes.Length >= BufferSize)
        {
            _crc.Append(bytes);
            _file.Write(bytes);
            _written += bytes.Length;
            return;
        }
        bytes.CopyTo(_buffer);
        _used = bytes.Length;
    }

    public override void Flush() => WriteBuffer();

    public override long Position => _written + _used;

    [Obsolete("(4.1) this method will be removed in Lucene 5.0")]
    public override void Seek(long pos)
    {
        WriteBuffer();
        _file.Seek(pos, SeekOrigin.Begin);
        _written = pos;
    }

    public override long Checksum
    {
        get
        {
            WriteBuffer();
            return _crc.GetCurrentHashAsUInt32();
        }
    }

    public override long Length
    {
        get
        {
            WriteBuffer();
            return _file.Length;
        }
        set { }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing || _closed)
        {
            return;
        }
        _closed = true;
        try
        {
            WriteBuffer();
            _file.Flush(flushToDisk: true);
        }
        finally
        {
            _file.Dispose();
        }
    }

    private void WriteBuffer()
    {
        if (_used == 0)
        {
            return;
        }
        var bytes = new ReadOnlySpan<byte>(_buffer, 0, _used);
        _crc.Append(bytes);
        _file.Write(bytes);
        _written += _used;
        _used = 0;
    }
}
