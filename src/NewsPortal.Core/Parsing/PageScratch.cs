namespace NewsPortal.Core.Parsing;

/// <summary>Memory for one page's bigram tables (sets, counts, weights, the dealing's sides), kept by the thread and
/// used again by its next page. A page's tables were a third of the bytes its parse allocated, all of it fresh memory
/// the collector cleared and the kernel mapped again page after page (a fifth of the parse's time); here they are
/// written over in memory the cache still holds. Tables taken outside <see cref="Open"/> are ordinary arrays.</summary>
internal sealed class PageScratch
{
    private const int ChunkInts = 64 * 1024;

    /// <summary>A page whose tables need more keeps the rest as ordinary arrays, so one huge page does not leave the
    /// thread holding its memory.</summary>
    private const int MostInts = 4 * 1024 * 1024;

    [ThreadStatic]
    private static PageScratch? t_thread;

    private readonly List<int[]> _chunks = [];
    private int _chunk;
    private int _used;
    private int _held;
    private bool _open;

    /// <summary>Counts the pages: a table remembers the page it was taken for, and is not read once that page is closed.</summary>
    public int Page { get; private set; }

    /// <summary>This thread's scratch while a page is open on it, else null.</summary>
    public static PageScratch? Current => t_thread is { _open: true } scratch ? scratch : null;

    /// <summary>Opens a page on this thread: tables taken until the scope is disposed are written over by the next
    /// page's. An open page's scope opened again does nothing.</summary>
    public static Scope Open()
    {
        var scratch = t_thread ??= new PageScratch();
        if (scratch._open) return default;
        scratch._open = true;
        return new Scope(scratch);
    }

    /// <summary>Room for <paramref name="length"/> ints at <paramref name="offset"/> of the returned array: the open page's
    /// scratch (<paramref name="scratch"/>) when there is one, else a new array.</summary>
    public static int[] Rent(int length, bool clear, out int offset, out PageScratch? scratch)
    {
        scratch = Current;
        if (scratch?.Take(length, clear, out offset) is { } chunk) return chunk;
        scratch = null;
        offset = 0;
        return new int[length];
    }

    /// <summary>Throws when a table taken from this scratch for <paramref name="page"/> is read after that page was
    /// closed (its memory now holds another page's tables).</summary>
    public void Check(int page)
    {
        if (page != Page) throw new InvalidOperationException("A page's bigram table was read after the page was parsed.");
    }

    /// <summary>Room for <paramref name="length"/> ints at <paramref name="offset"/> of the returned array, cleared when
    /// asked (otherwise it holds the last page's values), or null when the page has taken all it may.</summary>
    public int[]? Take(int length, bool clear, out int offset)
    {
        // Every table starts on an even int, so weights read as doubles are aligned.
        _used += _used & 1;
        while (_chunk < _chunks.Count)
        {
            var chunk = _chunks[_chunk];
            if (chunk.Length - _used >= length)
            {
                offset = _used;
                _used += length;
                if (clear) Array.Clear(chunk, offset, length);
                return chunk;
            }
            _chunk++;
            _used = 0;
        }
        var size = Math.Max(ChunkInts, length);
        if (_held + size > MostInts)
        {
            offset = 0;
            return null;
        }
        // A new chunk is cleared by the runtime.
        _chunks.Add(new int[size]);
        _held += size;
        _used = length;
        offset = 0;
        return _chunks[_chunk];
    }

    private void Close()
    {
        _open = false;
        _chunk = 0;
        _used = 0;
        Page++;
    }

    public readonly struct Scope(PageScratch? scratch) : IDisposable
    {
        public void Dispose() => scratch?.Close();
    }
}
