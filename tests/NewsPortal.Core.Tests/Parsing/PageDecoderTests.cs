using System.Text;
using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class PageDecoderTests
{
    private const string Page = "本报讯（记者 王翔）12月17日，会议召开。\n第二段。";

    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings()
    {
        var data = new TheoryData<string, byte[]>
        {
            { "utf-8", Encoding.UTF8.GetBytes(Page) },
            { "utf-8-bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page)] },
            { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Page)] },
            { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Page)] },
            { "gb18030", Encoding.GetEncoding(54936).GetBytes(Page) },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_supported_encoding_decodes_to_the_same_text(string expected, byte[] bytes)
    {
        var page = new PageDecoder().Decode(bytes);

        Assert.Equal(Page, page.Text);
        Assert.Equal(expected, page.Encoding);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc")]
    [InlineData("a\rb\rc")]
    [InlineData("a\nb\nc")]
    public void Line_ends_become_line_feeds(string text) =>
        Assert.Equal("a\nb\nc", new PageDecoder().Decode(Encoding.UTF8.GetBytes(text)).Text);

    [Fact]
    public void Empty_input_is_a_warning_not_an_error()
    {
        var page = new PageDecoder().Decode([]);

        Assert.Equal("", page.Text);
        Assert.Contains(page.Warnings, w => w.Code == "empty-input");
    }

    [Fact]
    public void Binary_input_is_refused_with_a_warning()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var page = new PageDecoder().Decode(bytes);

        Assert.True(page.Refused);
        Assert.Contains(page.Warnings, w => w.Code == "binary-input");
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_with_the_limit_named()
    {
        var page = new PageDecoder().Decode(new byte[PageDecoder.MaxBytes + 1]);

        Assert.True(page.Refused);
        var warning = Assert.Single(page.Warnings);
        Assert.Equal("input-too-large", warning.Code);
        Assert.Contains(PageDecoder.MaxBytes.ToString("N0"), warning.Message);
    }

    [Fact]
    public void Text_is_read_as_utf8_exactly_when_the_strict_decoder_accepts_every_byte()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var random = new Random(14);
        // Valid pieces, and the invalid ones a damaged file holds: a stray continuation byte, a cut sequence, an
        // overlong form, an encoded surrogate, a byte UTF-8 never uses.
        byte[][] pieces = [.. new[] { "重庆日报", "，", "。\n", "GDP 5.2%", "“好”", "é", "𠀀" }.Select(Encoding.UTF8.GetBytes),
            [0x80], [0xE4, 0xB8], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF]];
        for (var round = 0; round < 3000; round++)
        {
            var bytes = Enumerable.Range(0, 1 + random.Next(12))
                .SelectMany(_ => pieces[random.Next(round % 2 == 0 ? 7 : pieces.Length)]).ToArray();
            string? expected;
            try
            {
                expected = strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                expected = null;
            }

            var page = new PageDecoder().Decode(bytes);

            Assert.Equal(expected is null ? "gb18030" : "utf-8", page.Encoding);
            if (expected is not null) Assert.Equal(expected, page.Text);
        }
    }
}
