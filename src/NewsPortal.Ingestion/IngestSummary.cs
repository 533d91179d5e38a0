namespace NewsPortal.Ingestion;

/// <summary>Totals of one ingestion run, with the time each stage took.</summary>
public sealed record IngestSummary(IReadOnlyList<IngestResult> Results, TimeSpan Elapsed)
{
    public int Files => Results.Count;
    public int Ingested => Results.Count(r => r.Outcome is IngestOutcome.Ingested or IngestOutcome.Replaced);
    public int AlreadyIngested => Results.Count(r => r.Outcome == IngestOutcome.AlreadyIngested);
    public int Failed => Results.Count(r => r.Outcome == IngestOutcome.Failed);
    public int Articles => Results.Sum(r => r.Articles);
    public int Figures => Results.Sum(r => r.Figures);
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Files / Elapsed.TotalSeconds : 0;

    /// <summary>Summed per-file stage times; parsing runs on several cores, so its sum can exceed the wall time.</summary>
    public StageTimings Stages => new(
        Results.Sum(r => r.Timings.ReadMs),
        Results.Sum(r => r.Timings.ParseMs),
        Results.Sum(r => r.Timings.StoreMs),
        Results.Sum(r => r.Timings.IndexMs));
}
