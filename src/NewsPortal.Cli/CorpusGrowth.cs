using System.Diagnostics;
using System.Globalization;
using NewsPortal.Ingestion;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Cli;

/// <summary>
/// A `bench corpus` build as it goes: hands the pipeline its chunks of synthetic pages (<see cref="CorpusChunks"/>) and,
/// as each chunk's number of files comes back stored and indexed, prints the chunk's line and saves the state.
/// </summary>
internal sealed class CorpusGrowth(CorpusRequest request, CorpusState start, ServerCpu? serverCpu, TextWriter output)
{
    // Sizes of the chunks handed out whose files have not all come back; the reader's thread adds, the pipeline's takes.
    private readonly Queue<int> _chunks = new();
    private readonly List<IngestResult> _chunk = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private CpuMeter _meter = new(serverCpu);
    private int _handedOut = start.Pages;
    private CorpusState _done = start;

    /// <summary>The chunks whose files have all come back.</summary>
    public CorpusState State => Volatile.Read(ref _done);

    /// <summary>
    /// One call's pages: a chunk sized from what is stored (nothing is in flight when a call starts), then as many whole
    /// chunks as can follow it before it is stored.
    /// </summary>
    public IEnumerable<PageFile> Pages(SyntheticCorpus corpus, IngestionRun run)
    {
        var (stored, read, found, handed) = (State.Stored, run.Read, run.ArticlesFound, 0L);
        var size = CorpusChunks.Size(request.Articles, stored, _handedOut);
        while (true)
        {
            lock (_chunks) _chunks.Enqueue(size);
            for (var i = 0; i < size; i++) yield return corpus.Page(_handedOut + i);
            _handedOut += size;
            handed += size;
            // Asked for the next page, the pipeline has analysed every chunk of pages it read before; the rest of the pages
            // handed out wait to be read with the next ones.
            var waiting = handed - (run.Read - read);
            var atMost = stored + run.ArticlesFound - found + waiting * CorpusChunks.MostArticlesAPage;
            if (CorpusChunks.SizeWhatever(request.Articles, stored, atMost, _handedOut) is not { } next) yield break;
            size = next;
        }
    }

    /// <summary>Hears of each file stored and indexed, in the order they were.</summary>
    public void Done(IngestResult result)
    {
        _chunk.Add(result);
        int size;
        lock (_chunks) size = _chunks.Peek();
        if (_chunk.Count < size) return;
        lock (_chunks) _chunks.Dequeue();

        var cpu = _meter.Stop();
        var summary = new IngestSummary([.. _chunk], _clock.Elapsed);
        var server = cpu.Server is { } used ? (used.TotalMilliseconds / size).ToString("F2", CultureInfo.InvariantCulture) : "n/a";
        var done = State;
        output.WriteLine(
            $"  {done.Stored,15} {size,7} {summary.FilesPerSecond,9:F1} {summary.Stages.StoreMs / Math.Max(1, summary.Files),15:F2} {summary.Failed,8} " +
            $"{cpu.Own.TotalMilliseconds / size,20:F2} {server,11} {cpu.LoadAverage.Split(' ')[0],6} {cpu.Jit.TotalMilliseconds / size,10:F2}");
        Volatile.Write(ref _done, done with
        {
            Pages = done.Pages + size,
            Stored = done.Stored + summary.Articles,
            Figures = done.Figures + summary.Figures,
        });
        BenchCorpusCommand.WriteState(request, State);
        _chunk.Clear();
        _meter = new CpuMeter(serverCpu);
        _clock.Restart();
    }
}
