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
}
