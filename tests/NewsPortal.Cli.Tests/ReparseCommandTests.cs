using Microsoft.EntityFrameworkCore;
using NewsPortal.Data.Tests;

namespace NewsPortal.Cli.Tests;

public sealed class ReparseCommandTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Reparse_rebuilds_every_edition_from_its_stored_text_keeping_edition_ids_and_the_index_in_step()
    {
        using var bed = await OperationsBed.CreateAsync(postgres);
        await bed.WritePagesAsync(4);
        Assert.Equal(0, (await bed.RunAsync("ingest", bed.Pages)).ExitCode);
        var before = await bed.CountsAsync();
        await using (var db = bed.Db())
        {
            // What an older parser might have left: an article missing from each page and a title read wrong.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM articles WHERE position = 0");
            await db.Database.ExecuteSqlRawAsync("UPDATE articles SET title = '旧解析残留标题' WHERE position = 1");
        }
        Assert.Equal(0, (await bed.RunAsync("reindex")).ExitCode);
        Assert.NotEmpty(bed.Search("旧解析残留标题").Ids);
        var editions = await EditionsAsync(bed);

        var reparse = await bed.RunAsync("reparse");

        Assert.True(reparse.ExitCode == 0, reparse.Error + reparse.Out);
        Assert.Contains($"Reparsed 4 of 4 editions: {before.Articles - 4} articles before, {before.Articles} after", reparse.Out);
        Assert.Equal(before, await bed.CountsAsync());
        Assert.Equal(editions, await EditionsAsync(bed));
        var (indexed, stale) = bed.Search("旧解析残留标题");
        Assert.Empty(stale);
        Assert.Equal(before.Articles, indexed);
        await using var check = bed.Db();
        Assert.Equal(0, await check.IngestedFiles.CountAsync(f => f.EditionId == null));
    }

    private static async Task<List<(long, string, string)>> EditionsAsync(OperationsBed bed)
    {
        await using var db = bed.Db();
        return (await db.Editions.OrderBy(e => e.Id).Select(e => new { e.Id, e.FileName, e.Sha256 }).ToListAsync())
            .Select(e => (e.Id, e.FileName, e.Sha256)).ToList();
    }
}
