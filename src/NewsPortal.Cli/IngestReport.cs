using NewsPortal.Ingestion;
using Spectre.Console;

namespace NewsPortal.Cli;

/// <summary>The summary printed after an ingest: counts, rates, a table of time per stage, and every failure with its reason.</summary>
internal static class IngestReport
{
    public static void Write(CliConsole console, IngestSummary summary)
    {
        var output = console.Out;
        var replaced = summary.Results.Count(r => r.Outcome == IngestOutcome.Replaced);
        output.WriteLine(
            $"{summary.Files} files in {summary.Elapsed.TotalSeconds:F1} s ({summary.FilesPerSecond:F1} files/s): " +
            $"{summary.Ingested} ingested ({replaced} replacing an edition), {summary.AlreadyIngested} already ingested, {summary.Failed} failed");
        output.WriteLine($"  {summary.Articles} articles, {summary.Figures} figures");
        var s = summary.Stages;
        var stages = new Table().Border(TableBorder.Simple).AddColumn("stage").AddColumn(new TableColumn("ms (summed over files)").RightAligned());
        foreach (var (stage, ms) in new[] { ("read", s.ReadMs), ("parse+extract", s.ParseMs), ("store", s.StoreMs), ("index", s.IndexMs) })
            stages.AddRow(stage, ms.ToString("F0", System.Globalization.CultureInfo.InvariantCulture));
        console.OutConsole().Write(stages);
        foreach (var failure in summary.Results.Where(r => !r.Succeeded))
            output.WriteLine($"  failed: {failure.Path}: {failure.Error}");
        foreach (var warning in summary.Results.Where(r => r.Succeeded && r.Error is not null))
            output.WriteLine($"  warning: {warning.Path}: {warning.Error}");
    }
}
