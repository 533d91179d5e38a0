using System.Globalization;
using System.Text;
using NewsPortal.Core.Pages;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Tests.Pages.Figures;

public sealed class FigureCsvTests
{
    [Theory]
    [InlineData("增长12%", "增长12%")]
    [InlineData("1,200亿元", "\"1,200亿元\"")]
    [InlineData("说\"好\"", "\"说\"\"好\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    public void Text_cells_are_quoted_and_formulas_defused(string span, string cell)
    {
        var row = new FigureRow(1, 2, "标题", new DateOnly(2024, 12, 17), span, 12m, "%", 0.12m, "ratio", "增速", "涪陵区", "2024年", FigureKind.Growth, FigureStatus.Actual);

        var csv = Encoding.UTF8.GetString(FigureCsv.Write([row])[3..]);

        Assert.Equal($"1,2,标题,2024-12-17,{cell},12,%,0.12,ratio,增速,涪陵区,2024年,growth,actual,,,", csv.Split("\r\n")[1]);
    }

    [Fact]
    public void Lines_written_as_bytes_are_the_cells_joined_as_text()
    {
        // The writer encodes into the buffer; each line must be what joining FigureCsv.Text of each cell gives.
        var random = new Random(16);
        string[] pieces = ["=", "+", "-", "@", "\t", "\r", "\n", ",", "\"", "'", "工业投资", "涪陵区", "亿元", "a", " ", "𠮷", "%", "\uFFFD"];
        string? Text() => random.Next(6) == 0 ? null : string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => pieces[random.Next(pieces.Length)]));
        var rows = Enumerable.Range(0, 500).Select(i => new FigureRow(
            random.NextInt64(1, long.MaxValue), random.Next(), Text() ?? "", random.Next(3) == 0 ? null : DateOnly.FromDayNumber(random.Next(700_000, 750_000)),
            Text() ?? "", new decimal(random.NextDouble() * 1e6) * (random.Next(2) == 0 ? -1 : 1), Text() ?? "",
            random.Next(3) == 0 ? null : decimal.Round(new decimal(random.NextDouble()), random.Next(0, 9)), Text(),
            random.Next(4) == 0 ? "传感器及仪器仪表产业产值" : Text(), Text(), Text(),
            (FigureKind)random.Next(Enum.GetValues<FigureKind>().Length), (FigureStatus)random.Next(Enum.GetValues<FigureStatus>().Length),
            Text(), Text())).ToList();

        var csv = Encoding.UTF8.GetString(FigureCsv.Write(rows)[3..]);

        var expected = new StringBuilder("id,article_id,article_title,published_on,span,value,unit,base_value,base_unit,measure,subject,period,kind,status,qualifier,family,industry\r\n");
        foreach (var r in rows)
        {
            expected.Append(string.Join(',',
                r.Id.ToString(CultureInfo.InvariantCulture), r.ArticleId.ToString(CultureInfo.InvariantCulture), FigureCsv.Text(r.ArticleTitle),
                r.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", FigureCsv.Text(r.Span),
                r.Value.ToString(CultureInfo.InvariantCulture), FigureCsv.Text(r.Unit), r.BaseValue?.ToString(CultureInfo.InvariantCulture) ?? "",
                FigureCsv.Text(r.BaseUnit), FigureCsv.Text(r.Measure), FigureCsv.Text(r.Subject), FigureCsv.Text(r.Period),
                r.Kind.ToString().ToLowerInvariant(), r.Status.ToString().ToLowerInvariant(), FigureCsv.Text(r.Qualifier),
                FigureCsv.Text(r.Family), FigureCsv.Text(r.Industry))).Append("\r\n");
        }
        Assert.Equal(expected.ToString(), csv);
    }
}
