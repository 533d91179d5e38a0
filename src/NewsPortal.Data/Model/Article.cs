using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Model;

/// <summary>One article of an edition, reassembled in reading order.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public long EditionId { get; set; }
    public Edition Edition { get; set; } = null!;
    /// <summary>Order of the article on its page (0-based).</summary>
    public int Position { get; set; }
    public required string Title { get; set; }
    public List<string> Subtitles { get; set; } = [];
    public ArticleKind Kind { get; set; }
    public string? Source { get; set; }
    public string? Dateline { get; set; }
    public List<string> Reporters { get; set; } = [];
    public DateOnly? EventDate { get; set; }
    /// <summary>Publication date of the edition, copied for filtering and sorting.</summary>
    public DateOnly? PublishedOn { get; set; }
    public bool Complete { get; set; } = true;
    public string? Continued { get; set; }
    /// <summary>Paragraphs joined by '\n'.</summary>
    public required string Body { get; set; }
    /// <summary>Per paragraph, the [start, length] spans of the edition's raw text it came from.</summary>
    public List<ParagraphSource> Paragraphs { get; set; } = [];
    public List<ArticleEntity> Entities { get; set; } = [];
    public List<Metric> Metrics { get; set; } = [];
    /// <summary>How many figures the article reports: <see cref="Metrics"/>' count, kept so lists need not count them.</summary>
    public int FigureCount { get; set; }
}

/// <summary>Provenance of one paragraph: where its pieces sat on the raw page.</summary>
public sealed class ParagraphSource
{
    public int Index { get; set; }
    public List<int[]> Spans { get; set; } = [];
}
