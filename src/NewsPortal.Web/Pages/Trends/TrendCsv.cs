using System.Globalization;
using System.Text;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Pages.Trends;

/// <summary>A trend as CSV, one row per month and series: month, query, articles, all articles that month, per thousand.</summary>
public static class TrendCsv
{
    public static byte[] Write(TrendSeries trend)
    {
        var csv = new StringBuilder("month,query,articles,all_articles,per_thousand\r\n");
        foreach (var term in trend.Terms)
        {
            for (int i = 0; i < trend.Months.Count; i++)
            {
                csv.AppendJoin(',',
                    trend.Months[i],
                    FigureCsv.Text(term.Label),
                    term.Counts[i].ToString(CultureInfo.InvariantCulture),
                    trend.Totals[i].ToString(CultureInfo.InvariantCulture),
                    term.PerThousand[i].ToString("0.##", CultureInfo.InvariantCulture)).Append("\r\n");
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
