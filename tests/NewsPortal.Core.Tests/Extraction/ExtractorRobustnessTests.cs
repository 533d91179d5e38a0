using System.Diagnostics;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class ExtractorRobustnessTests
{
    private const string Pool = "0123456789０１２.,，。、；：“”‘’《》()（）—-~%％ \n\t一二两三四五六七八九十百千万亿第年月日元个家人亿元近超约余多以上市委局有限公司集团书记市长王李张重庆涪陵江北机场区县增长占预计力争到";

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20241225);
        var extractor = new ArticleExtractor();
        for (var n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++) chars[i] = Pool[random.Next(Pool.Length)];
            var text = new string(chars);
            var article = new ParsedArticle { Title = text[..Math.Min(10, text.Length)], Paragraphs = [new Paragraph(text, [])] };

            var result = extractor.Extract(article);

            Assert.All(result.Figures, f => Assert.False(string.IsNullOrEmpty(f.Span)));
        }
    }

    [Theory]
    [InlineData("全市规模以上工业产值增长8.5%，新增企业1200家，投资达到35亿元；")]
    [InlineData("市委书记王明远在永川区重庆某某科技有限公司园区新增企业1200家投资35亿元 ")]
    public void Long_repetitive_text_is_read_in_linear_time(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 2000));
        var extractor = new ArticleExtractor();
        extractor.Extract(new ParsedArticle { Title = "", Paragraphs = [new Paragraph("预热", [])] });

        var watch = Stopwatch.StartNew();
        var result = extractor.Extract(new ParsedArticle { Title = "", Paragraphs = [new Paragraph(text, [])] });

        Assert.NotEmpty(result.Figures);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Empty_article_has_no_entities_or_figures()
    {
        var result = new ArticleExtractor().Extract(new ParsedArticle { Title = "" });

        Assert.Empty(result.Figures);
        Assert.Empty(result.Entities.All());
    }
}
