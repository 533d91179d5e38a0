using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Pages.Shared;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

/// <summary>An answer kept per corpus version (the figures page's measure ranking) is computed again after the corpus changes.</summary>
[Collection(PortalCollection.Name)]
public sealed class CorpusVersionCacheTests(PortalFixture portal)
{
    [Fact]
    public async Task An_answer_is_computed_again_once_the_corpus_version_moves()
    {
        await using var db = portal.CreateDbContext();
        var cache = new CorpusVersionCache<(string, string), string>();
        var (key, otherKey) = (("district:涪陵区", "district:北碚区"), ("district:北碚区", "district:涪陵区"));
        var computed = 0;
        Task<string> Compute() => Task.FromResult("产值" + ++computed);

        var first = await cache.GetAsync(db, key, Compute, CancellationToken.None);
        var again = await cache.GetAsync(db, key, Compute, CancellationToken.None);
        var other = await cache.GetAsync(db, otherKey, Compute, CancellationToken.None);
        Assert.Equal(2, computed);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);

        await db.Database.ExecuteSqlRawAsync("UPDATE corpus_totals SET version = version + 1");
        var afterChange = await cache.GetAsync(db, key, Compute, CancellationToken.None);

        Assert.Equal(3, computed);
        Assert.Equal("产值3", afterChange);
    }
}
