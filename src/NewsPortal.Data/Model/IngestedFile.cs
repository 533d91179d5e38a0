namespace NewsPortal.Data.Model;

public enum IngestStatus { Processed, Failed }

/// <summary>One attempt to ingest a file: what happened and how long it took.</summary>
public sealed class IngestedFile
{
    public long Id { get; set; }
    public required string Path { get; set; }
    public required string Sha256 { get; set; }
    public IngestStatus Status { get; set; }
    public string? Error { get; set; }
    public long? EditionId { get; set; }
    public int Articles { get; set; }
    /// <summary>How many figures the file yielded (column <c>metrics</c>, named before the figure/metric mapping).</summary>
    public int Figures { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public double ParseMs { get; set; }
    public double StoreMs { get; set; }
    public double IndexMs { get; set; }
    public double TotalMs { get; set; }
}
