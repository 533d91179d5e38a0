using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests;

/// <summary>Issue 4's "done when", measured with tests/gold/score.py over the seed pages.</summary>
public sealed class GoldParsingScoreTests
{
    [Fact]
    public void Mean_article_f1_is_at_least_0_95() =>
        Assert.True(GoldScore.Mean(p => p.GetProperty("article_f1").GetDouble()) >= 0.95, Summary());

    [Fact]
    public void Mean_anchor_recall_is_at_least_0_98() =>
        Assert.True(GoldScore.Mean(p => p.GetProperty("anchor_recall").GetDouble()) >= 0.98, Summary());

    [Fact]
    public void Mean_reading_order_is_at_least_0_98() =>
        Assert.True(GoldScore.Mean(p => p.GetProperty("reading_order").GetDouble()) >= 0.98, Summary());

    [Fact]
    public void Mean_title_accuracy_is_at_least_0_90() =>
        Assert.True(GoldScore.Mean(p => p.GetProperty("fields").GetProperty("title").GetDouble()) >= 0.90, Summary());

    [Fact]
    public void Every_edition_date_is_right() =>
        Assert.All(GoldScore.PerPage, p => Assert.True(p.GetProperty("edition_date").GetBoolean(), p.GetProperty("file").GetString()));

    [Fact]
    public void No_page_falls_below_article_f1_0_85() =>
        Assert.All(GoldScore.PerPage, p => Assert.True(p.GetProperty("article_f1").GetDouble() >= 0.85, p.GetProperty("file").GetString()));

    [Theory]
    [InlineData("source")]
    [InlineData("dateline")]
    [InlineData("reporters")]
    [InlineData("event_date")]
    [InlineData("kind")]
    [InlineData("complete")]
    [InlineData("continued")]
    public void Mean_field_accuracy_stays_at_least_0_90(string field) =>
        Assert.True(GoldScore.Mean(p => p.GetProperty("fields").GetProperty(field).GetDouble()) >= 0.90, Summary());

    private static string Summary() => string.Join('\n', GoldScore.PerPage.Select(p => p.ToString()));
}
