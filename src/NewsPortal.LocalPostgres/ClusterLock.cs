namespace NewsPortal.LocalPostgres;

/// <summary>An exclusive lock file beside a data directory, held while a process initialises or starts its cluster.</summary>
internal sealed class ClusterLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private ClusterLock(FileStream stream) => _stream = stream;

    public static async Task<ClusterLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new ClusterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
