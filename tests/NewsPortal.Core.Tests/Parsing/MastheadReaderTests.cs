using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>A page's masthead says its paper, date and page; a date line that is not a masthead says nothing.</summary>
public sealed class MastheadReaderTests
{
    private static readonly MastheadReader Reader = new(ParsingKnowledge.Default);

    private static Masthead? Read(string text) => Reader.Read(new LineSplitter().Split(text).Lines);

    private const string Story = """
        涪陵区加快建设先进材料产业集群

        本报讯（记者 王翔）5月7日，记者从涪陵区获悉，涪陵区规模以上工业产值达120亿元，同比增长8.5%。

        涪陵区将继续推动产业集群发展，新增企业35家，带动就业1200人。
        """;

    [Theory]
    [InlineData("重庆日报  2024年5月8日  星期三  第3版", "重庆日报", "2024-05-08", 3)]
    // Full-width digits, the date first, the page without 第.
    [InlineData("２０２４年１２月１８日　星期三　新渝报　６版", "新渝报", "2024-12-18", 6)]
    // A weekday is enough to say a date line is the page's.
    [InlineData("2025年3月12日 星期三", null, "2025-03-12", null)]
    public void A_masthead_line_at_the_top_gives_paper_date_and_page(string line, string? paper, string date, int? page)
    {
        var masthead = Read(line + "\n\n" + Story);

        Assert.NotNull(masthead);
        Assert.Equal(paper, masthead.Paper);
        Assert.Equal(DateOnly.Parse(date), masthead.Date);
        Assert.Equal(page, masthead.Page);
        Assert.Equal([0], masthead.LineIndexes);
    }

    [Fact]
    public void A_masthead_at_the_foot_of_the_page_and_the_paper_s_name_on_the_line_beside_it_are_read_together()
    {
        var masthead = Read(Story + "\n重庆日报\n2024年5月8日 星期三 第3版\n");

        Assert.NotNull(masthead);
        Assert.Equal("重庆日报", masthead.Paper);
        Assert.Equal(new DateOnly(2024, 5, 8), masthead.Date);
        Assert.Equal(3, masthead.Page);
        Assert.Equal(2, masthead.LineIndexes.Count);
    }

    [Theory]
    // A document's signature: a date with no paper, weekday or page.
    [InlineData("重庆市涪陵区人民政府　2023年6月26日")]
    // A sentence that gives a date and names a paper is text.
    [InlineData("重庆日报2024年5月8日报道，涪陵区产值增长。")]
    // An impossible date.
    [InlineData("重庆日报 2024年2月30日 星期五 第3版")]
    public void A_line_that_is_no_masthead_is_not_read_as_one(string line)
    {
        Assert.Null(Read(Story + "\n" + line + "\n"));
    }

    [Fact]
    public void A_masthead_printed_among_the_articles_is_not_the_page_s()
    {
        // Only the page's first and last lines with text can be its masthead.
        var text = Story + "\n重庆日报 2024年5月8日 星期三 第3版\n\n" + Story + Story;

        Assert.Null(Read(text));
    }

    [Fact]
    public void The_parser_takes_the_edition_from_the_masthead_and_no_article_holds_it()
    {
        var page = new PageParser().Parse(System.Text.Encoding.UTF8.GetBytes("重庆日报  2024年5月8日  星期三  第3版\n\n" + Story), "masthead.txt");

        Assert.Equal("重庆日报", page.Edition.Paper);
        Assert.Equal(new DateOnly(2024, 5, 8), page.Edition.Date);
        Assert.Equal(3, page.Edition.PageNumber);
        Assert.Contains("版头", page.Edition.DateBasis);
        var article = Assert.Single(page.Articles);
        Assert.Equal("涪陵区加快建设先进材料产业集群", article.Title);
        Assert.DoesNotContain(page.Articles, a => a.Subtitles.Any(s => s.Contains("星期")) || a.Body.Contains("星期"));
    }

    [Fact]
    public void Without_a_masthead_the_edition_date_is_inferred_from_the_text()
    {
        var page = new PageParser().Parse(System.Text.Encoding.UTF8.GetBytes("2024年。\n\n" + Story), "plain.txt");

        Assert.Null(page.Edition.PageNumber);
        Assert.Equal(new DateOnly(2024, 5, 8), page.Edition.Date);
        Assert.DoesNotContain("版头", page.Edition.DateBasis);
    }
}
