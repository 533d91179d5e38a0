using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Tests.Pages.Topics;

public sealed class MonthHistogramTests
{
    [Theory]
    [InlineData("/search?q=%E6%96%B0%E8%83%BD%E6%BA%90&district=%E5%A4%A7%E8%B6%B3%E5%8C%BA")]
    [InlineData("/search?q=%3Cb%3E%22%27&x=%2B")]
    [InlineData("/search")]
    public void A_bar_links_to_its_month_as_razor_would_encode_the_link(string undated)
    {
        var months = new[] { new FacetValue("2024-01", 3), new FacetValue("2024-03", 1) };
        var histogram = MonthHistogram.From("h", months, undated);

        Assert.Equal(["2024-01", "2024-02", "2024-03"], histogram.Bars.Select(b => b.Month));
        string joint = undated.Contains('?') ? "&" : "?";
        Assert.Equal(HtmlEncoder.Default.Encode($"{undated}{joint}from=2024-02-01&to=2024-02-29"), Written(histogram.Bars[1].Href));
        Assert.Equal(HtmlEncoder.Default.Encode($"{undated}{joint}from=2024-03-01&to=2024-03-31"), Written(histogram.Bars[2].Href));
    }

    [Fact]
    public void A_bar_link_given_as_text_is_encoded_when_written()
    {
        var histogram = MonthHistogram.From("h", [new FacetValue("2024-01", 3)], (from, to) => $"/search?district=a&from={SearchLinks.Day(from)}&to={SearchLinks.Day(to)}");
        Assert.Equal("/search?district=a&amp;from=2024-01-01&amp;to=2024-01-31", Written(histogram.Bars[0].Href));
    }

    private static string Written(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
