using System.Text.Encodings.Web;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Tests.Pages.Shared;

public sealed class HtmlNumberTests
{
    /// <summary>Written as Razor writes an int (its ToString, encoded), whether kept or made on the spot.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1234)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(34828)]
    [InlineData(-3)]
    public void A_number_is_written_as_razor_writes_it(int number)
    {
        using var writer = new StringWriter();
        HtmlNumber.Of(number).WriteTo(writer, HtmlEncoder.Default);

        Assert.Equal(HtmlEncoder.Default.Encode(number.ToString()), writer.ToString());
    }
}
