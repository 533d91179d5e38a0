using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Tests.Infrastructure;

namespace NewsPortal.Web.Tests.Pages.Topics;

[Collection(PortalCollection.Name)]
public sealed class CitationTests(PortalFixture portal)
{
    [Theory]
    [InlineData(new[] { "张三", "李四" }, "标题", "重庆日报", "2024-03-05", 3, "张三, 李四. 标题[N]. 重庆日报, 2024-03-05(3).")]
    [InlineData(new string[0], "标题", "重庆日报", "2024-03-05", null, "标题[N]. 重庆日报, 2024-03-05.")]
    [InlineData(new[] { "甲", "乙", "丙", "丁" }, " 标题 ", "新渝报", "2025-01-02", 12, "甲, 乙, 丙, 等. 标题[N]. 新渝报, 2025-01-02(12).")]
    public void A_reference_follows_gbt_7714_for_newspapers(string[] authors, string title, string paper, string date, int? page, string expected) =>
        Assert.Equal(expected, Citation.Format(authors, title, paper, DateOnly.Parse(date), page));

    [Fact]
    public async Task The_article_page_and_the_api_cite_the_article_with_its_permalink()
    {
        await using var db = portal.CreateDbContext();
        var article = await db.Articles.Include(a => a.Edition).Where(a => a.Reporters.Count > 0).OrderBy(a => a.Id).FirstAsync();
        var client = portal.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Id}/citation");
        var html = await client.GetPageAsync($"/articles/{article.Id}");

        var reference = json.GetProperty("reference").GetString()!;
        var permalink = json.GetProperty("permalink").GetString()!;
        Assert.StartsWith(article.Reporters[0], reference);
        Assert.Contains(article.Title.Trim() + "[N]. ", reference);
        Assert.Equal(new Uri(portal.BaseAddress, $"/articles/{article.Id}").AbsoluteUri, permalink);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(reference), html);
        Assert.Contains("copy-citation", html);
        Assert.Contains("/js/citation.js", html);
    }
}
