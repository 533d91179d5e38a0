using NewsPortal.Core.Pages;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

/// <summary>One file on its way through the stages; <see cref="Done"/> is set once its outcome is settled.</summary>
internal sealed record InFlight(string Path)
{
    public PageFile? File { get; init; }
    public ParsedPage? Page { get; init; }
    public IngestResult? Done { get; init; }
    public double ReadMs { get; init; }
    public double ParseMs { get; init; }
    public double StoreMs { get; init; }

    /// <summary>What the index must learn once the edition is committed.</summary>
    public IReadOnlyList<ArticleDocument> Documents { get; init; } = [];
    public IReadOnlyList<long> Replaced { get; init; } = [];

    public bool TouchesIndex => Documents.Count > 0 || Replaced.Count > 0;

    public IngestResult Settle(IngestOutcome outcome, string? error = null, long? editionId = null, int articles = 0, int figures = 0) =>
        new(Path, File?.Sha256 ?? "", outcome, editionId, articles, figures, error, new StageTimings(ReadMs, ParseMs, StoreMs, 0));

    public InFlight Fail(string reason) => this with { Done = Settle(IngestOutcome.Failed, reason) };
}
