using System.Buffers;

namespace NewsPortal.Search.Querying;

/// <summary>
/// The pooled arrays one search's <see cref="NamesPhraseQuery"/> scorers add their unions up in, handed back when the
/// search ends (<see cref="ArticleQuery"/> is disposed): a scorer cannot hand its own back, as a conjunction of two
/// words leaves the one that did not lead unfinished.
/// </summary>
internal sealed class UnionBuffers : IDisposable
{
    private readonly List<int[]> _rented = [];

    /// <summary>An array of at least <paramref name="length"/> zeros, until <see cref="Dispose"/>.</summary>
    public int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        lock (_rented)
        {
            _rented.Add(array);
        }
        return array;
    }

    public void Dispose()
    {
        lock (_rented)
        {
            foreach (var array in _rented)
            {
                ArrayPool<int>.Shared.Return(array);
            }
            _rented.Clear();
        }
    }
}
