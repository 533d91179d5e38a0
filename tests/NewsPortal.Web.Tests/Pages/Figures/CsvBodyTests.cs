using System.Buffers;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Tests.Pages.Figures;

/// <summary>An export held in pooled segments: every byte kept in order across segments, its length known, given back when sent.</summary>
public sealed class CsvBodyTests
{
    [Fact]
    public void Writes_across_many_segments_are_sent_in_order_with_their_length()
    {
        using var body = new CsvBody(16);
        var expected = new List<byte>();
        for (int i = 0; i < 300; i++)
        {
            var piece = Enumerable.Repeat((byte)i, i % 37 + 1).ToArray();
            body.Write(piece);
            expected.AddRange(piece);
        }
        Assert.Equal(expected.Count, body.Length);

        var sent = new ArrayBufferWriter<byte>();
        body.MoveTo(sent);

        Assert.Equal(expected, sent.WrittenSpan.ToArray());
        Assert.Equal(0, body.Length);
    }

    [Fact]
    public void A_span_larger_than_a_segment_is_given_whole()
    {
        using var body = new CsvBody(8);
        body.Write("前"u8);
        var span = body.GetSpan(40);
        Assert.True(span.Length >= 40);
        "一段比分段更长的文字"u8.CopyTo(span);
        body.Advance("一段比分段更长的文字"u8.Length);

        var sent = new ArrayBufferWriter<byte>();
        body.MoveTo(sent);

        Assert.Equal("前一段比分段更长的文字"u8.ToArray(), sent.WrittenSpan.ToArray());
    }

    [Fact]
    public void What_is_written_after_a_move_is_sent_by_the_next_move_alone()
    {
        using var body = new CsvBody(8);
        body.Write("第一批"u8);
        body.MoveTo(new ArrayBufferWriter<byte>());
        body.Write("第二批"u8);

        var sent = new ArrayBufferWriter<byte>();
        body.MoveTo(sent);

        Assert.Equal("第二批"u8.ToArray(), sent.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advancing_past_the_span_it_gave_is_refused()
    {
        using var body = new CsvBody(8);
        int free = body.GetSpan(4).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => body.Advance(free + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.Advance(-1));
    }
}
