using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Pages.Compare;
using NewsPortal.Web.Pages.Topics;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

/// <summary>The compare page's shared measures are computed once per corpus version: again after the corpus changes.</summary>
[Collection(PortalCollection.Name)]
public sealed class SharedMeasureCacheTests(PortalFixture portal)
{
    [Fact]
    public async Task Shared_measures_are_computed_again_once_the_corpus_version_moves()
    {
        await using var db = portal.CreateDbContext();
        var cache = new SharedMeasureCache();
        var (a, b) = (TopicFilter.Parse("district:涪陵区")!, TopicFilter.Parse("district:北碚区")!);
        var computed = 0;
        Task<IReadOnlyList<SharedMeasure>> Compute()
        {
            computed++;
            return Task.FromResult<IReadOnlyList<SharedMeasure>>([new SharedMeasure("产值" + computed, new MeasureSide(computed, null), new MeasureSide(computed, null))]);
        }

        var first = await cache.GetAsync(db, a, b, Compute, CancellationToken.None);
        var again = await cache.GetAsync(db, a, b, Compute, CancellationToken.None);
        var otherPair = await cache.GetAsync(db, b, a, Compute, CancellationToken.None);
        Assert.Equal(2, computed);
        Assert.Same(first, again);
        Assert.NotSame(first, otherPair);

        await db.Database.ExecuteSqlRawAsync("UPDATE corpus_totals SET version = version + 1");
        var afterChange = await cache.GetAsync(db, a, b, Compute, CancellationToken.None);

        Assert.Equal(3, computed);
        Assert.Equal("产值3", afterChange[0].Measure);
    }
}
