using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>The summary printed after an ingest: counts, rates, time per stage, and every failure with its reason.</summary>
internal static class IngestReport
{
    public static async Task WriteAsync(TextWriter output, IngestSummary summary)
    {
        var replaced = summary.Results.Count(r => r.Outcome == IngestOutcome.Replaced);
        await output.WriteLineAsync(
            $"{summary.Files} files in {summary.Elapsed.TotalSeconds:F1} s ({summary.FilesPerSecond:F1} files/s): " +
            $"{summary.Ingested} ingested ({replaced} replacing an edition), {summary.AlreadyIngested} already ingested, {summary.Failed} failed");
        await output.WriteLineAsync($"  {summary.Articles} articles, {summary.Figures} figures");
        var s = summary.Stages;
        await output.WriteLineAsync(
            $"  stage time (summed over files): read {s.ReadMs:F0} ms, parse+extract {s.ParseMs:F0} ms, store {s.StoreMs:F0} ms, index {s.IndexMs:F0} ms");
        foreach (var failure in summary.Results.Where(r => !r.Succeeded))
            await output.WriteLineAsync($"  failed: {failure.Path}: {failure.Error}");
        foreach (var warning in summary.Results.Where(r => r.Succeeded && r.Error is not null))
            await output.WriteLineAsync($"  warning: {warning.Path}: {warning.Error}");
    }
}
