using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>What the figures page's drop-downs offer.</summary>
public sealed record FigureOptions(IReadOnlyList<string> Districts, IReadOnlyList<string> Clusters, IReadOnlyList<string> Families, IReadOnlyList<string> Measures, IReadOnlyList<string> Periods);

/// <summary>
/// The figures page's drop-downs (districts, clusters, the most reported measures of a family, periods): four reads
/// that change only when pages are ingested, kept per corpus version (<see cref="CorpusVersionCache{TKey, TValue}"/>)
/// so a request reads the one-row totals instead.
/// </summary>
public sealed class FigureChoices(MeasureRanking measures)
{
    /// <summary>The measure list shows the most reported measures, so it stays short on a large corpus.</summary>
    public const int MeasureLimit = 300;

    private readonly CorpusVersionCache<string, FigureOptions> _options = new(capacity: 100);

    public Task<FigureOptions> GetAsync(NewsPortalDbContext db, long version, string? family, CancellationToken ct) =>
        _options.GetAsync(db, version, family ?? "", async () => new FigureOptions(
            await db.EntityNamesAsync(EntityKind.District, ct),
            await db.EntityNamesAsync(EntityKind.Cluster, ct),
            MeasureFamilies.Default.Names,
            await measures.TopAsync(db, family, MeasureLimit, ct),
            await db.ListAsync(DistinctValues.FigurePeriods, ct)));
}
