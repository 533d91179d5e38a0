using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed partial class CooccurrenceTests(PortalFixture portal)
{
    [Fact]
    public async Task Each_cooccurring_entity_counts_the_articles_naming_both_and_links_to_them()
    {
        await using var db = portal.CreateDbContext();
        var district = (await TopicData.TopAsync(db, EntityKind.District, 1))[0];
        var client = portal.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/cooccurrence/district/{Uri.EscapeDataString(district)}");
        var rows = json.GetProperty("entities").EnumerateArray().ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var kind = Enum.Parse<EntityKind>(row.GetProperty("kind").GetString()!, ignoreCase: true);
            var name = row.GetProperty("name").GetString()!;
            var both = await TopicData.Naming(db, EntityKind.District, district)
                .Where(a => a.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == name)).CountAsync();
            Assert.False(kind == EntityKind.District && name == district, "an entity does not co-occur with itself");
            Assert.Equal(both, row.GetProperty("articles").GetInt32());
            Assert.Equal(both, HistogramTests.SearchTotal(await client.GetPageAsync(row.GetProperty("search").GetString()!)));
        }
    }

    [Fact]
    public async Task Every_entity_page_lists_what_is_named_alongside_it()
    {
        await using var db = portal.CreateDbContext();
        var client = portal.CreateClient();
        foreach (var (kind, path) in new[] { (EntityKind.District, "/districts/"), (EntityKind.Cluster, "/clusters/"), (EntityKind.Organization, "/organizations/"), (EntityKind.Person, "/people/") })
        {
            var top = await TopicData.TopAsync(db, kind, 1);
            if (top.Count == 0)
            {
                continue;
            }
            var html = await client.GetPageAsync(path + Uri.EscapeDataString(top[0]));
            var listed = Listed().Matches(html).Select(m => (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), int.Parse(m.Groups[3].Value))).ToList();
            var expected = await db.Articles
                .Where(a => a.Entities.Any(e => e.Entity.Kind == kind && e.Entity.Name == top[0]))
                .SelectMany(a => a.Entities).Where(e => !(e.Entity.Kind == kind && e.Entity.Name == top[0]))
                .GroupBy(e => new { e.Entity.Kind, e.Entity.Name }).Select(g => new { g.Key.Kind, g.Key.Name, Count = g.Count() }).ToListAsync();
            Assert.Equal(expected.Count > 0, listed.Count > 0);
            foreach (var (field, name, count) in listed)
            {
                Assert.Equal(expected.Single(e => e.Kind.ToString().Equals(field, StringComparison.OrdinalIgnoreCase) && e.Name == name).Count, count);
            }
        }
    }

    [GeneratedRegex(@"class=""d-flex justify-content-between cooccurring"" data-kind=""(\w+)"" data-name=""([^""]+)"" data-count=""(\d+)""")]
    private static partial Regex Listed();
}
