namespace NewsPortal.Ingestion;

/// <summary>Where the start-up check of the search index stands, for /readyz and for the inbox (which waits for it).</summary>
public sealed class SearchIndexRebuildProgress
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Snapshot _now = new(RebuildPhase.Checking, 0, 0, null);

    /// <summary>The phase and counts, read together.</summary>
    public Snapshot Now => _now;

    /// <summary>Completes when the check is over, whether it rebuilt, had nothing to do, or failed.</summary>
    public Task Finished => _finished.Task;

    internal void Rebuilding(int articles) => _now = new(RebuildPhase.Rebuilding, 0, articles, null);

    internal void Indexed(int articles) => _now = _now with { Indexed = articles };

    internal void Done()
    {
        _now = new(RebuildPhase.Done, _now.Indexed, _now.Total, null);
        _finished.TrySetResult();
    }

    internal void Failed(string problem)
    {
        _now = _now with { Phase = RebuildPhase.Failed, Problem = problem };
        _finished.TrySetResult();
    }

    /// <summary>A moment of the check. <see cref="Percent"/> stays below 100 until the rebuild is done (the last step merges the index).</summary>
    public sealed record Snapshot(RebuildPhase Phase, int Indexed, int Total, string? Problem)
    {
        public int Percent => Phase == RebuildPhase.Done ? 100 : Total == 0 ? 0 : Math.Min(99, (int)(100L * Indexed / Total));
    }
}

public enum RebuildPhase
{
    /// <summary>Comparing the index with the database.</summary>
    Checking,

    /// <summary>Filling the index again from the database.</summary>
    Rebuilding,

    /// <summary>The index holds what the database holds (or the database could not be asked; the next start checks again).</summary>
    Done,

    /// <summary>The rebuild failed; <see cref="SearchIndexRebuildProgress.Snapshot.Problem"/> says why.</summary>
    Failed,
}
