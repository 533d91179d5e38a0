using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class TextPiecesTests
{
    [Fact]
    public void Phrase_matcher_finds_the_longest_phrase_at_a_position_and_before_an_end()
    {
        var matcher = new PhraseMatcher<int>([("有限公司", 1), ("股份有限公司", 2), ("公司", 3)]);
        const string text = "重庆某某股份有限公司";

        Assert.Equal(2, matcher.MatchAt(text, 4)!.Value.Value);
        Assert.Equal(2, matcher.MatchEndingAt(text, text.Length)!.Value.Value);
        Assert.Equal([4], matcher.FindAll(text).Select(m => m.Start));
        Assert.Null(matcher.MatchAt(text, 0));
    }

    [Theory]
    [InlineData("今年1—11月，全区产值增长。", "今年1—11月")]
    [InlineData("2024年1-9月，实现营收。", "2024年1-9月")]
    [InlineData("到2027年，建成示范区。", "到2027年")]
    [InlineData("一季度，全市外贸回升。", "一季度")]
    [InlineData("2021年一季度，地区生产总值增长。", "2021年一季度")]
    [InlineData("10年来，两地合作不断。", "10年来")]
    public void Period_finder_reads_reporting_periods(string text, string period) =>
        Assert.Equal(period, Assert.Single(new PeriodFinder(PeriodPatterns.Load()).FindAll(text)).Value);

    [Fact]
    public void Extraction_text_joins_wrapped_lines_but_keeps_paragraph_ends_and_the_printed_text()
    {
        var text = new ExtractionText(new ParsedArticle
        {
            Title = "标题",
            Paragraphs = [new Paragraph("全年投入资金24.2\n亿元，建成项目。\n第二段开始", [])],
        });

        Assert.Equal("标题\n全年投入资金24.2亿元，建成项目。\n第二段开始", text.Text);
        var at = text.Text.IndexOf("24.2", StringComparison.Ordinal);
        Assert.Equal("24.2\n亿元", text.Verbatim(at, at + 6));
        Assert.Equal(3, text.HeadlineLength);
    }

    [Fact]
    public void Extraction_text_knows_quotes_and_document_titles()
    {
        var text = new ExtractionText("落实“两个确立”，印发《三年行动计划》。");

        Assert.True(text.IsWholeQuote(3, 7));
        Assert.True(ExtractionText.Inside(text.BookTitleRanges, 12));
        Assert.False(ExtractionText.Inside(text.QuoteRanges, 12));
    }
}
