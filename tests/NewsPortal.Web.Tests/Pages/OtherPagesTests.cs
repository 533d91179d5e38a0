using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages;

[Collection(PortalCollection.Name)]
public sealed class OtherPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task The_data_page_counts_processed_files_and_the_index()
    {
        await using var db = portal.CreateDbContext();
        var html = await portal.CreateClient().GetPageAsync("/data");

        Assert.Contains($"<div class=\"fs-4\" id=\"count-processed\">{await db.IngestedFiles.CountAsync()}</div>", html);
        Assert.Contains($"<div class=\"fs-4\" id=\"count-indexed\">{await db.Articles.CountAsync()}</div>", html);
        Assert.Contains("000_48a427ed2a9318bc.txt", html);
    }

    [Fact]
    public async Task An_edition_links_every_article_on_its_page()
    {
        await using var db = portal.CreateDbContext();
        var edition = await db.Editions.Include(e => e.Articles).OrderBy(e => e.Id).FirstAsync();

        var html = await portal.CreateClient().GetPageAsync($"/editions/{edition.Id}");

        Assert.All(edition.Articles, a => Assert.Contains($"<a href=\"/articles/{a.Id}\">", html));
        Assert.Contains("class=\"piece piece-", html);
    }

    [Theory]
    [InlineData(EntityKind.Organization, "/organizations")]
    [InlineData(EntityKind.Person, "/people")]
    public async Task Organisation_and_people_indexes_link_to_their_pages(EntityKind kind, string path)
    {
        await using var db = portal.CreateDbContext();
        var name = await db.Entities.Where(e => e.Kind == kind && e.Articles.Any()).OrderBy(e => e.Name).Select(e => e.Name).FirstOrDefaultAsync();
        var client = portal.CreateClient();

        Assert.NotNull(name);
        var index = await client.GetPageAsync(path);
        var details = await client.GetPageAsync($"{path}/{Uri.EscapeDataString(name)}");

        Assert.Contains($"href=\"{path}/{Uri.EscapeDataString(name)}\"", index);
        Assert.True(Html.PagerTotal(details) > 0);
    }
}
