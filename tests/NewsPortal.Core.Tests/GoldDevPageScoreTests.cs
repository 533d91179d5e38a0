using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests;

/// <summary>The practice pages (tests/devpages: 16 pages composed from 48 articles the parser was not written on,
/// scrambled like the seeds, half hard-wrapped at 17) scored with score.py. The floors are what the parser reaches
/// today (docs/parsing.md, "Scores"); issue 14's targets (article_f1 0.90) are far higher: the assembler does not yet solve these pages.</summary>
public sealed class GoldDevPageScoreTests
{
    private static double Mean(string metric) => GoldScore.DevPages.Average(p => p.GetProperty(metric).GetDouble());

    private static double MeanTitle() => GoldScore.DevPages.Average(p => p.GetProperty("fields").GetProperty("title").GetDouble());

    [Fact]
    public void Every_practice_page_is_scored() => Assert.Equal(16, GoldScore.DevPages.Count);

    [Fact]
    public void Practice_pages_keep_their_whole_articles() => Assert.True(Mean("article_f1") >= DevPageFloors.ArticleF1, Summary());

    [Fact]
    public void Practice_pages_keep_their_pieces_at_home() => Assert.True(Mean("anchor_recall") >= DevPageFloors.AnchorRecall, Summary());

    [Fact]
    public void Practice_pages_read_in_order() => Assert.True(Mean("reading_order") >= DevPageFloors.ReadingOrder, Summary());

    [Fact]
    public void Practice_pages_find_their_titles() => Assert.True(MeanTitle() >= DevPageFloors.Title, Summary());

    private static string Summary() => string.Join('\n', GoldScore.DevPages.Select(p => p.ToString()));
}

/// <summary>What the practice pages score today, less a little for noise-free rounding: a drop below is a regression.</summary>
internal static class DevPageFloors
{
    public const double ArticleF1 = 0.92;
    public const double AnchorRecall = 0.99;
    public const double ReadingOrder = 0.96;
    public const double Title = 0.99;
}
