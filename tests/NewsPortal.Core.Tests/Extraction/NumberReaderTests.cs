using NewsPortal.Core.Extraction;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class NumberReaderTests
{
    private static readonly NumberReader Reader = new(UnitTable.Load());

    [Theory]
    [InlineData("2414亿元", 2414, "亿", 241_400_000_000, 5)]
    [InlineData("1,200家", 1200, "", 1200, 5)]
    [InlineData("3.5万人", 3.5, "万", 35_000, 4)]
    [InlineData("1.2万亿元", 1.2, "万亿", 1_200_000_000_000, 5)]
    [InlineData("121.97亿元", 121.97, "亿", 12_197_000_000, 7)]
    [InlineData("２０２４", 2024, "", 2024, 4)]
    [InlineData("一千二百名", 1200, "", 1200, 4)]
    [InlineData("两个", 2, "", 2, 1)]
    [InlineData("十二项", 12, "", 12, 2)]
    [InlineData("三十五个", 35, "", 35, 3)]
    [InlineData("三万人", 3, "万", 30_000, 2)]
    [InlineData("一千二百万元", 1200, "万", 12_000_000, 5)]
    [InlineData("三万五千", 35_000, "", 35_000, 4)]
    [InlineData("一百零五", 105, "", 105, 4)]
    [InlineData("八千亿", 8000, "亿", 800_000_000_000, 3)]
    public void Reads_number_expressions(string text, double value, string multiplier, double baseValue, int length)
    {
        var token = Reader.Read(text, 0);

        Assert.NotNull(token);
        Assert.Equal((decimal)value, token.Value.Value);
        Assert.Equal(multiplier, token.Value.Multiplier);
        Assert.Equal((decimal)baseValue, token.Value.BaseValue);
        Assert.Equal(length, token.Value.Length);
    }

    [Theory]
    [InlineData("千家万户")]
    [InlineData("万众一心")]
    [InlineData("百花齐放")]
    [InlineData("增长")]
    public void Words_that_start_with_a_multiplier_are_not_numbers(string text) => Assert.Null(Reader.Read(text, 0));

    [Fact]
    public void A_decimal_point_must_be_followed_by_a_digit()
    {
        var token = Reader.Read("12.", 0);

        Assert.Equal(12m, token!.Value.Value);
        Assert.Equal(2, token.Value.Length);
    }
}
