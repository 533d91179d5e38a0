namespace NewsPortal.Data.Model;

/// <summary>One ingested page file and what we know of its paper and date.</summary>
public sealed class Edition
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public string? Paper { get; set; }
    public int? PageNumber { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? DateBasis { get; set; }
    /// <summary>The decoded page text, kept for provenance (paragraph spans point into it).</summary>
    public required string RawText { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public List<Article> Articles { get; set; } = [];
}
